package org.proud2bops.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public record IdempotencyRecordId(
        @Column(name = "scope", nullable = false) String scope,
        @Column(name = "idempotency_key", nullable = false) String key)
        implements Serializable {}
