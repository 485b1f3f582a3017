package org.proud2bops.members.personaldata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An erased member's account at the identity provider, still to be removed; deleted once it is. */
@Entity
@Table(name = "pending_account_removal")
public class PendingAccountRemoval {

    /** The provider's subject (its user id), the only thing kept about the person. */
    @Id
    public String subject;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    /** What went wrong last time, without the response body (it could name the person). */
    @Column(name = "last_error")
    public String lastError;
}
