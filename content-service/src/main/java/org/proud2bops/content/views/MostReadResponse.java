package org.proud2bops.content.views;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.content.item.ContentKind;

@Schema(
        name = "MostRead",
        requiredProperties = {"from", "to", "items"},
        description = "The published items read most in a period, most views first (ties by item id)")
public record MostReadResponse(
        @Schema(description = "The period's first day (UTC)")
        LocalDate from,

        @Schema(description = "The period's last day (UTC), included")
        LocalDate to,

        List<Entry> items) {

    @Schema(
            name = "MostReadItem",
            requiredProperties = {"itemId", "slug", "language", "kind", "title", "views"},
            description = "A published item and its views in the period")
    public record Entry(UUID itemId, String slug, String language, ContentKind kind, String title, long views) {}

    static MostReadResponse of(ViewService.Period period, List<ViewRepository.ItemViews> items) {
        return new MostReadResponse(
                period.from(),
                period.to(),
                items.stream()
                        .map(item -> new Entry(
                                item.itemId(),
                                item.slug(),
                                item.language(),
                                ContentKind.valueOf(item.kind()),
                                item.title(),
                                item.views()))
                        .toList());
    }
}
