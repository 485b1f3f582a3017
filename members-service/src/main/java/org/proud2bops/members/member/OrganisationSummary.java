package org.proud2bops.members.member;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.organisation.OrganisationType;

@Schema(
        name = "MemberOrganisation",
        requiredProperties = {"name"},
        description = "Where a member works: a listed organisation (with its ODS code), "
                + "or one they proposed that waits for review (with the proposal's id and no ODS code)")
public record OrganisationSummary(String odsCode, String name, OrganisationType type, UUID proposalId) {

    static OrganisationSummary of(Member member) {
        if (member.organisation != null) {
            return new OrganisationSummary(
                    member.organisation.odsCode, member.organisation.name, member.organisation.type, null);
        }
        if (member.organisationProposal != null) {
            return new OrganisationSummary(
                    null, member.organisationProposal.name, null, member.organisationProposal.id);
        }
        return null;
    }
}
