package org.proud2bops.content.views;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ContentItemViews",
        examples = "{\"itemId\":\"9b2f4a51-3c1e-4d7a-8f60-2b7c9e1d4a10\",\"total\":1520,\"from\":\"2026-11-01\","
                + "\"to\":\"2026-11-30\",\"days\":[{\"day\":\"2026-11-02\",\"views\":310},"
                + "{\"day\":\"2026-11-03\",\"views\":95}]}",
        requiredProperties = {"itemId", "total", "from", "to", "days"},
        description = "How often an item was read: in all, and per UTC day of a period (days without reads left out)")
public record ItemViewsResponse(
        UUID itemId,
        @Schema(description = "Views since counting began") long total,

        @Schema(description = "The period's first day (UTC)")
        LocalDate from,

        @Schema(description = "The period's last day (UTC), included")
        LocalDate to,

        @Schema(description = "Views per day of the period that has any, oldest first")
        List<Day> days) {

    @Schema(
            name = "ContentItemDayViews",
            requiredProperties = {"day", "views"},
            description = "An item's views on one UTC day")
    public record Day(LocalDate day, long views) {}

    static ItemViewsResponse of(ViewService.ItemFigures figures) {
        return new ItemViewsResponse(
                figures.itemId(),
                figures.total(),
                figures.period().from(),
                figures.period().to(),
                figures.days().stream()
                        .map(day -> new Day(day.day(), day.views()))
                        .toList());
    }
}
