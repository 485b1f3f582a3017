package org.proud2bops.members.advisory;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberStatus;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;

/** Calls for advisory group applications, the applications, and the group they make. */
@ApplicationScoped
public class AdvisoryGroupService {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final AdvisoryCallRepository calls;
    private final AdvisoryApplicationRepository applications;
    private final DocumentCheck documentCheck;

    public AdvisoryGroupService(
            AdvisoryCallRepository calls, AdvisoryApplicationRepository applications, DocumentCheck documentCheck) {
        this.calls = calls;
        this.applications = applications;
        this.documentCheck = documentCheck;
    }

    @Transactional
    public AdvisoryCall createCall(NewAdvisoryCall request) {
        AdvisoryCall call = new AdvisoryCall();
        call.id = UUID.randomUUID();
        call.createdAt = Instant.now();
        apply(call, request);
        calls.persistAndFlush(call);
        return call;
    }

    /** Changes a call, e.g. to extend its deadline. */
    @Transactional
    public Optional<AdvisoryCall> updateCall(UUID callId, ExpectedVersion expectedVersion, NewAdvisoryCall request) {
        return calls.findByIdOptional(callId).map(call -> {
            expectedVersion.requireMatch(call.version);
            apply(call, request);
            calls.flush();
            return call;
        });
    }

    public PanacheQuery<AdvisoryCall> calls() {
        return calls.listed();
    }

    public Optional<AdvisoryCall> findCall(UUID callId) {
        return calls.findByIdOptional(callId);
    }

    /** An active member applies while the call is open, with both documents. */
    @Transactional
    public AdvisoryApplication applyTo(
            UUID callId, Member applicant, UploadedDocument cv, UploadedDocument coveringLetter) {
        AdvisoryCall call =
                calls.findByIdOptional(callId).orElseThrow(() -> Problems.notFound("Advisory group call", callId));
        requireOpen(call, "apply");
        if (applicant.status != MemberStatus.ACTIVE) {
            throw Problems.forbidden("Only active members may apply to the advisory group");
        }
        DocumentCheck.CheckedDocument checkedCv = documentCheck.check(cv, "cv");
        DocumentCheck.CheckedDocument checkedLetter = documentCheck.check(coveringLetter, "coveringLetter");
        if (applications.hasLiveApplication(callId, applicant.id)) {
            throw Problems.of(
                    ProblemType.ALREADY_EXISTS,
                    "You have applied to this call already; withdraw that application to send a new one");
        }
        AdvisoryApplication application = new AdvisoryApplication();
        application.id = UUID.randomUUID();
        application.call = call;
        application.member = applicant;
        application.status = AdvisoryApplication.Status.SUBMITTED;
        application.submittedAt = Instant.now();
        applications.persistAndFlush(application);
        applications.attach(
                AdvisoryDocument.of(application.id, AdvisoryDocument.Kind.CV, checkedCv.format(), checkedCv.content()));
        applications.attach(AdvisoryDocument.of(
                application.id,
                AdvisoryDocument.Kind.COVERING_LETTER,
                checkedLetter.format(),
                checkedLetter.content()));
        return application;
    }

    /** The applicant withdraws before the deadline; someone else's application is as good as absent. */
    @Transactional
    public AdvisoryApplication withdraw(UUID applicationId, String applicantSubject) {
        AdvisoryApplication application = applications
                .findByIdOptional(applicationId)
                .filter(found -> applicantSubject.equals(found.member.subject))
                .orElseThrow(() -> Problems.notFound("Advisory group application", applicationId));
        requireOpen(application.call, "withdraw");
        if (application.status != AdvisoryApplication.Status.SUBMITTED) {
            throw Problems.of(
                    ProblemType.TRANSITION_NOT_ALLOWED,
                    "Only a submitted application can be withdrawn; this one is " + application.status);
        }
        application.status = AdvisoryApplication.Status.WITHDRAWN;
        applications.flush();
        return application;
    }

    @Transactional
    public AdvisoryApplication decide(UUID applicationId, boolean accept, String reason, String decidedBy) {
        AdvisoryApplication application = applications
                .findByIdOptional(applicationId)
                .orElseThrow(() -> Problems.notFound("Advisory group application", applicationId));
        if (application.status != AdvisoryApplication.Status.SUBMITTED) {
            throw Problems.of(
                    ProblemType.TRANSITION_NOT_ALLOWED,
                    "Only a submitted application can be decided; this one is " + application.status);
        }
        application.status = accept ? AdvisoryApplication.Status.ACCEPTED : AdvisoryApplication.Status.DECLINED;
        application.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        application.decidedAt = Instant.now();
        application.decidedBy = decidedBy;
        applications.flush();
        return application;
    }

    public Optional<AdvisoryApplication> findApplication(UUID applicationId) {
        return applications.findByIdOptional(applicationId);
    }

    public PanacheQuery<AdvisoryApplication> applicationsTo(UUID callId) {
        return applications.forCall(callId);
    }

    public List<AdvisoryApplication> applicationsOf(Member member) {
        return applications.ofMember(member.id);
    }

    public List<AdvisoryDocument> documentsOf(AdvisoryApplication application) {
        return applications.documents(application.id);
    }

    public Optional<AdvisoryDocument> document(UUID applicationId, AdvisoryDocument.Kind kind) {
        return applications.document(applicationId, kind);
    }

    /** The group today: accepted applicants whose term has not ended. */
    public PanacheQuery<AdvisoryApplication> groupMembers() {
        return applications.groupMembersOn(LocalDate.now(UK));
    }

    private void requireOpen(AdvisoryCall call, String action) {
        Instant now = Instant.now();
        if (now.isBefore(call.opensAt)) {
            throw Problems.of(
                    ProblemType.OUTSIDE_DEADLINE,
                    "This call opens at " + call.opensAt + "; you cannot " + action + " before then");
        }
        if (!now.isBefore(call.closesAt)) {
            throw Problems.of(
                    ProblemType.OUTSIDE_DEADLINE,
                    "This call closed at " + call.closesAt + "; you can no longer " + action);
        }
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
