package org.proud2bops.members.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.OptimisticLock;
import java.util.UUID;

@Entity
@Table(name = "member")
public class Member {

    @Id
    public UUID id;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(nullable = false)
    public String email;

    @Column(name = "job_title")
    public String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberStatus status;

    /**
     * The identity provider's {@code sub} for this person; null until they first sign in. Linking it is not an edit
     * of the member's data, so it leaves the version (and the ETag a client holds) as it was.
     */
    @OptimisticLock(excluded = true)
    public String subject;

    @Column(name = "directory_visible", nullable = false)
    public boolean directoryVisible;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public String displayName() {
        return givenName + " " + familyName;
    }
}
