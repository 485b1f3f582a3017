package org.proud2bops.members.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.member.Region;

@Schema(
        name = "OrganisationRequest",
        examples = "{\"odsCode\":\"RX1\",\"name\":\"Nottingham University Hospitals NHS Trust\",\"type\":\"ACU"
                + "TE\",\"region\":\"MIDLANDS\"}",
        description = "An organisation on the reference list")
public record OrganisationRequest(
        @Schema(description = "NHS ODS code; ignored on update, where the path names it")
        @Size(min = 2, max = 10)
        @Pattern(regexp = "[A-Za-z0-9]+", message = "must be letters and digits")
        String odsCode,

        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationType type,
        @NotNull Region region) {}
