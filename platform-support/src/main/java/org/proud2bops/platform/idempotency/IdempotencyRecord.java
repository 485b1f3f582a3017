package org.proud2bops.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored outcome of a creating request made with an {@code Idempotency-Key}. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @EmbeddedId
    public IdempotencyRecordId id;

    @Column(name = "request_fingerprint", nullable = false)
    public String requestFingerprint;

    @Column(name = "response_status", nullable = false)
    public int responseStatus;

    @Column(name = "response_location")
    public String responseLocation;

    @Column(name = "response_etag")
    public String responseEtag;

    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
