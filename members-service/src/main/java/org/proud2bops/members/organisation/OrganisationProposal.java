package org.proud2bops.members.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation a member named that is not on the reference list yet, waiting for an admin to review it. */
@Entity
@Table(name = "organisation_proposal")
public class OrganisationProposal {

    @Schema(name = "OrganisationProposalStatus", description = "Where a proposed organisation stands")
    public enum Status {
        PENDING,
        ACCEPTED,
        REJECTED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The organisation it turned out to be, once accepted. */
    @ManyToOne
    @JoinColumn(name = "ods_code")
    public Organisation organisation;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Version
    public long version;
}
