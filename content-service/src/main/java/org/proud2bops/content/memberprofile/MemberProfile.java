package org.proud2bops.content.memberprofile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What this service knows of a member, kept up to date from the members service's events: the name printed on their
 * author lines, their membership status and the account subject they sign in with.
 */
@Entity
@Table(name = "member_profile")
public class MemberProfile {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberStatus status;

    /** The identity provider's subject the member signs in with; null until the members service links it. */
    @Column(name = "account_subject")
    public String accountSubject;

    /** The member's version in the members service; an older event never overwrites a newer one. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /** Erased by the members service: the row keeps no personal data and never changes again. */
    public boolean isErased() {
        return status == MemberStatus.ERASED;
    }
}
