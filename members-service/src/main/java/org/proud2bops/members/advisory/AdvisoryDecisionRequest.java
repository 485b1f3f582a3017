package org.proud2bops.members.advisory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdvisoryDecision",
        examples = "{\"outcome\":\"ACCEPTED\",\"reason\":\"Welcome to the advisory group\"}",
        description = "Accept or decline an advisory group application")
public record AdvisoryDecisionRequest(
        @NotNull Outcome outcome,

        @Schema(description = "Told to the applicant") @Size(max = 500)
        String reason) {

    @Schema(name = "AdvisoryDecisionOutcome", description = "The decision on an advisory-group application")
    public enum Outcome {
        ACCEPTED,
        DECLINED
    }
}
