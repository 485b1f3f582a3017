package org.proud2bops.content.publication;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.content.item.ContentItem;

@Schema(
        name = "PublicationTranslation",
        requiredProperties = {"language", "slug"},
        description = "Another published language of the same item (its original or a translation), to link to")
public record PublicationTranslation(
        @Schema(description = "BCP 47 language tag") String language, String slug) {

    static PublicationTranslation of(ContentItem item) {
        return new PublicationTranslation(item.language, item.slug);
    }
}
