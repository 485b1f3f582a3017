package org.proud2bops.members.organisation;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "OrganisationProposal",
        requiredProperties = {"id", "name", "status", "proposedAt"},
        description = "An organisation members named that is not on the list yet")
public record OrganisationProposalResponse(
        UUID id,
        String name,
        OrganisationProposal.Status status,

        @Schema(description = "The listed organisation it was accepted as")
        String odsCode,

        Instant proposedAt,
        Instant resolvedAt) {

    static OrganisationProposalResponse of(OrganisationProposal proposal) {
        return new OrganisationProposalResponse(
                proposal.id,
                proposal.name,
                proposal.status,
                proposal.organisation == null ? null : proposal.organisation.odsCode,
                proposal.proposedAt,
                proposal.resolvedAt);
    }
}
