package org.proud2bops.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Sha256;

/**
 * Makes a creating request safe to retry. Within one transaction it takes an advisory lock on the key (a second
 * request with the key while the first is running gets 409), replays a stored outcome (422 when the body differs),
 * or runs the action and stores its outcome, so the outcome is stored exactly when the change commits.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Longer subjects are hashed, so subject and operation fit the scope column. */
    private static final int MAX_SUBJECT_IN_SCOPE = 200;

    public static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyRecordRepository records;
    private final ObjectMapper objectMapper;
    private final ObjectReader storedBodyReader;

    private final Caller caller;

    public IdempotentRequests(IdempotencyRecordRepository records, ObjectMapper objectMapper, Caller caller) {
        this.records = records;
        this.objectMapper = objectMapper;
        this.caller = caller;
        this.storedBodyReader = objectMapper.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * @param scope the operation (and what it acts on); the caller's token subject is added here, so two clients'
     *     keys never meet
     * @param key the client's {@code Idempotency-Key}, or null to run the action without idempotency
     * @param requestBody what the client sent, compared on a retry
     * @param responseType the type of the response body, to replay a stored one
     */
    @Transactional
    public <T> RestResponse<T> execute(
            String scope, String key, Object requestBody, Class<T> responseType, Supplier<RestResponse<T>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw Problems.badRequest("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters", HEADER);
        }
        IdempotencyRecordId id = new IdempotencyRecordId(callersOwn(scope), key);
        if (!tryLock(id)) {
            throw Problems.of(
                    ProblemType.REQUEST_IN_PROGRESS,
                    "A request with this Idempotency-Key is still being processed; retry later");
        }
        String fingerprint = fingerprint(requestBody);
        IdempotencyRecord stored = records.findById(id);
        if (stored != null) {
            if (!stored.requestFingerprint.equals(fingerprint)) {
                throw Problems.of(
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was already used with a different request body");
            }
            return replay(stored, responseType);
        }
        RestResponse<T> response = action.get();
        if (response.getStatus() < 300) {
            records.persist(recordOf(id, fingerprint, response));
        }
        return response;
    }

    /**
     * Drops what is stored about one person, for their erasure: the outcomes of every request they made (their token
     * subject is part of the scope) and every outcome whose response mentions any of the texts (e.g. their member id
     * or email, case ignored), so no retry can replay their data afterwards.
     *
     * @param subject the person's token subject, or null when they never signed in
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long forgetEverythingAbout(String subject, String... mentions) {
        return records.deleteScopedOrMentioning(subject == null ? null : owner(subject) + " ", mentions);
    }

    private String callersOwn(String scope) {
        return owner(caller.isAnonymous() ? "anonymous" : caller.subject()) + " " + scope;
    }

    private static String owner(String subject) {
        return subject.length() <= MAX_SUBJECT_IN_SCOPE ? subject : Sha256.hex(subject);
    }

    private boolean tryLock(IdempotencyRecordId id) {
        return records.tryLockUntilCommit(
                ByteBuffer.wrap(Sha256.digest(id.scope() + '\n' + id.key())).getLong());
    }

    private IdempotencyRecord recordOf(IdempotencyRecordId id, String fingerprint, RestResponse<?> response) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = id;
        record.requestFingerprint = fingerprint;
        record.responseStatus = response.getStatus();
        record.responseLocation =
                response.getLocation() == null ? null : response.getLocation().toString();
        record.responseEtag =
                response.getEntityTag() == null ? null : response.getEntityTag().getValue();
        record.responseBody = response.hasEntity() ? json(response.getEntity()) : null;
        record.createdAt = Instant.now();
        return record;
    }

    private <T> RestResponse<T> replay(IdempotencyRecord stored, Class<T> responseType) {
        RestResponse.ResponseBuilder<T> builder =
                RestResponse.ResponseBuilder.<T>create(stored.responseStatus).header(REPLAYED_HEADER, "true");
        if (stored.responseLocation != null) {
            builder.location(URI.create(stored.responseLocation));
        }
        if (stored.responseEtag != null) {
            builder.tag(new EntityTag(stored.responseEtag));
        }
        if (stored.responseBody != null) {
            builder.entity(read(stored.responseBody, responseType));
        }
        return builder.build();
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return storedBodyReader.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A stored idempotent response can no longer be read", e);
        }
    }

    private String fingerprint(Object requestBody) {
        return Sha256.hex(json(requestBody));
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a request or response for idempotency", e);
        }
    }
}
