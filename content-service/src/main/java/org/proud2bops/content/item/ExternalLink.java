package org.proud2bops.content.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ContentExternalLink",
        requiredProperties = {"title", "url"},
        description = "A link to something outside the platform, e.g. a DOI or an application form")
public record ExternalLink(
        @NotBlank @Size(max = 200) String title,

        @NotBlank @Size(max = 2000) @Schema(description = "An absolute http or https URL")
        String url) {}
