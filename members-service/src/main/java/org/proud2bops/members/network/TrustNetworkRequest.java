package org.proud2bops.members.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "TrustNetworkRequest",
        examples = "{\"odsCode\":\"RJ1\"}",
        description = "A trust-level Proud2bOps@ network for one organisation")
public record TrustNetworkRequest(
        @NotBlank
        @Size(max = 10)
        @Pattern(regexp = "[A-Za-z0-9]{3,10}", message = "must be an ODS code (3-10 letters or digits)")
        String odsCode) {}
