package org.proud2bops.members.advisory;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.problem.Problems;

/** Calls for advisory group applications, opened and changed by admins. */
@ApplicationScoped
public class AdvisoryCallService {

    private final AdvisoryCallRepository calls;

    public AdvisoryCallService(AdvisoryCallRepository calls) {
        this.calls = calls;
    }

    @Transactional
    public AdvisoryCall create(NewAdvisoryCall request) {
        AdvisoryCall call = new AdvisoryCall();
        call.id = UUID.randomUUID();
        call.createdAt = Instant.now();
        apply(call, request);
        calls.persistAndFlush(call);
        return call;
    }

    /** Changes a call, e.g. to extend its deadline. */
    @Transactional
    public Optional<AdvisoryCall> update(UUID callId, ExpectedVersion expectedVersion, NewAdvisoryCall request) {
        return calls.findByIdOptional(callId).map(call -> {
            expectedVersion.requireMatch(call.version);
            apply(call, request);
            calls.flush();
            return call;
        });
    }

    public PanacheQuery<AdvisoryCall> list() {
        return calls.listed();
    }

    public Optional<AdvisoryCall> find(UUID callId) {
        return calls.findByIdOptional(callId);
    }

    private static void apply(AdvisoryCall call, NewAdvisoryCall request) {
        if (!request.closesAt().isAfter(request.opensAt())) {
            throw Problems.badRequest("A call must close after it opens", "closesAt");
        }
        if (!request.termEndsOn().isAfter(request.termStartsOn())) {
            throw Problems.badRequest("A term must end after it starts", "termEndsOn");
        }
        call.title = request.title().strip();
        call.description = request.description().strip();
        call.opensAt = request.opensAt();
        call.closesAt = request.closesAt();
        call.termStartsOn = request.termStartsOn();
        call.termEndsOn = request.termEndsOn();
    }
}
