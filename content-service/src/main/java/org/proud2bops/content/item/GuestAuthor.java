package org.proud2bops.content.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An author who is not named by a member record: a name, the role or affiliation line printed under it, and their
 * declaration of interests. Member authors (linked to the members service's facts) come in a later slice.
 */
@Schema(
        name = "ContentGuestAuthor",
        requiredProperties = {"name"},
        description = "A guest author as printed with the item")
public record GuestAuthor(
        @NotBlank @Size(max = 200) String name,

        @Size(max = 300) @Schema(description = "Role and organisation, e.g. Chief Operating Officer, an ICB")
        String affiliation,

        @Size(max = 2000) @Schema(description = "What the author declares, e.g. None")
        String declarationOfInterests) {}
