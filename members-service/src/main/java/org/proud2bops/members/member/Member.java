package org.proud2bops.members.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.OptimisticLock;
import org.proud2bops.members.organisation.Organisation;
import org.proud2bops.members.organisation.OrganisationProposal;

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
    @Column(name = "role_level", nullable = false)
    public RoleLevel roleLevel;

    /** The member's organisation; null while the one they named waits for review as {@link #organisationProposal}. */
    @ManyToOne
    @JoinColumn(name = "organisation_ods")
    public Organisation organisation;

    @ManyToOne
    @JoinColumn(name = "organisation_proposal_id")
    public OrganisationProposal organisationProposal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberStatus status;

    /**
     * The identity provider's {@code sub} for this person; null until they first sign in. Linking it is not an edit
     * of the member's data, so it leaves the version (and the ETag a client holds) as it was; MemberAccountLinked
     * tells other services.
     */
    @OptimisticLock(excluded = true)
    public String subject;

    @Column(name = "directory_visible", nullable = false)
    public boolean directoryVisible;

    @Embedded
    public CommunicationPreferences communicationPreferences = new CommunicationPreferences();

    @Column(name = "privacy_notice_version")
    public String privacyNoticeVersion;

    @Column(name = "privacy_notice_accepted_at")
    public Instant privacyNoticeAcceptedAt;

    /** When the member became active for the first time; null while they have only applied. */
    @Column(name = "joined_at")
    public Instant joinedAt;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "search_text", nullable = false)
    String searchText = "";

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public String displayName() {
        return givenName + " " + familyName;
    }

    public String organisationName() {
        if (organisation != null) {
            return organisation.name;
        }
        return organisationProposal == null ? null : organisationProposal.name;
    }

    /** Refreshes what directory search matches against; call after changing a name, title or organisation. */
    public void refreshSearchText() {
        searchText = Stream.of(givenName, familyName, jobTitle, organisationName())
                .filter(part -> part != null && !part.isBlank())
                .map(part -> part.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }
}
