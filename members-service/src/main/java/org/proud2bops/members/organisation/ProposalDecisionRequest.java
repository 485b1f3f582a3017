package org.proud2bops.members.organisation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "OrganisationProposalDecision",
        examples = "{\"outcome\":\"ACCEPTED\",\"odsCode\":\"RX1\"}",
        description = "Accept a proposal as a listed organisation, or reject it")
public record ProposalDecisionRequest(
        @NotNull Outcome outcome,

        @Schema(description = "For ACCEPTED: the ODS code of the listed organisation (add it first if new)")
        @Size(max = 10)
        @Pattern(regexp = "[A-Za-z0-9]+", message = "must be letters and digits")
        String odsCode) {

    @Schema(name = "OrganisationProposalOutcome", description = "The decision on a proposed organisation")
    public enum Outcome {
        ACCEPTED,
        REJECTED
    }
}
