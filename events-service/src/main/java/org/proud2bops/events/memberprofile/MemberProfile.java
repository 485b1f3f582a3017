package org.proud2bops.events.memberprofile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.proud2bops.events.event.Region;

/** What this service knows of a member, kept up to date from the members service's events. */
@Entity
@Table(name = "member_profile")
public class MemberProfile {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** Null only for an erased member this service never saw. */
    @Enumerated(EnumType.STRING)
    @Column(name = "region")
    public Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberStatus status;

    /** The identity provider's subject the member signs in with; null until the members service links it. */
    @Column(name = "account_subject")
    public String accountSubject;

    /** The member's directory choice: a regional network's client sees the member only when it is true. */
    @Column(name = "directory_visible", nullable = false)
    public boolean directoryVisible;

    /** The member's version in the members service; an older event never overwrites a newer one. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    /** Whether people outside the member's own sign-in and events admins may see who they are. */
    public boolean isInDirectory() {
        return isActive() && directoryVisible;
    }

    /** Erased by the members service: the row keeps no personal data and never changes again. */
    public boolean isErased() {
        return status == MemberStatus.ERASED;
    }
}
