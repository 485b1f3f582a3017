package org.proud2bops.content.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ContentRelatedEvent",
        requiredProperties = {
            "eventId",
            "title",
            "kind",
            "status",
            "startsAt",
            "endsAt",
            "timeZone",
            "fullyBookedSessions"
        },
        description =
                "The related event's current state, from the events service's facts (no editor keeps it up to date)")
public record RelatedEventResponse(
        UUID eventId,
        String title,

        @Schema(description = "The events service's kind of event, e.g. SUMMIT")
        String kind,

        @Schema(description = "PUBLISHED, CANCELLED or COMPLETED")
        EventStatus status,

        Instant startsAt,
        Instant endsAt,

        @Schema(description = "The event's time zone, e.g. Europe/London")
        String timeZone,

        @Schema(description = "The region of a regional event; absent for a national one")
        String region,

        @Schema(description = "The hosting network's slug; absent for the national network's events")
        String hostNetwork,

        @Schema(description = "The hosting network's name, when the events service gave it")
        String hostNetworkName,

        @Schema(description = "Who may come: OPEN_TO_GUESTS, MEMBERS_ONLY or BY_INVITATION")
        String audience,

        @Schema(description = "Its sessions whose places are all taken, soonest first")
        List<FullyBookedSessionResponse> fullyBookedSessions) {

    public static RelatedEventResponse of(RelatedEventView view) {
        if (view == null) {
            return null;
        }
        RelatedEvent event = view.event();
        return new RelatedEventResponse(
                event.eventId,
                event.title,
                event.kind,
                event.status,
                event.startsAt,
                event.endsAt,
                event.timeZone,
                event.region,
                event.hostNetwork,
                event.hostNetworkName,
                event.audience,
                view.fullyBookedSessions().stream()
                        .map(FullyBookedSessionResponse::of)
                        .toList());
    }
}
