package org.proud2bops.events.event;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Event",
        examples =
                "{\"id\":\"5d0f2d9e-8f4b-4a57-9f0c-3c2a4f1e9b11\",\"title\":\"NHS Executive Strategy Summit"
                        + "\",\"summary\":\"One day in London for CEOs, COOs and senior operational leaders\",\"kind"
                        + "\":\"SUMMIT\",\"status\":\"PUBLISHED\",\"startsAt\":\"2027-11-07T09:00:00Z\",\"endsAt\":\""
                        + "2027-11-07T17:00:00Z\",\"timeZone\":\"Europe/London\",\"venue\":\"London\",\"online\":fals"
                        + "e,\"capacity\":3000,\"placesLeft\":2411,\"hostNetwork\":\"national\",\"hostNetworkName\":\"Proud2bOps\",\"audience\":\"OPEN_TO_GUESTS\"}",
        requiredProperties = {
            "id",
            "title",
            "kind",
            "status",
            "startsAt",
            "endsAt",
            "timeZone",
            "online",
            "capacity",
            "placesLeft",
            "audience"
        },
        description = "Times are UTC instants; timeZone is where the event takes place")
public record EventResponse(
        UUID id,
        String title,
        String summary,
        EventKind kind,
        EventStatus status,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String venue,
        boolean online,
        int capacity,
        @Schema(description = "Places not yet taken") int placesLeft,

        @Schema(description = "Hosting region; absent for a national event")
        Region region,

        @Schema(description = "Hosting network's slug") String hostNetwork,

        @Schema(description = "Hosting network's name; absent when the event names no network this service knows")
        String hostNetworkName,

        @Schema(description = "Who may come") Audience audience) {

    static EventResponse of(Event event) {
        return new EventResponse(
                event.id,
                event.title,
                event.summary,
                event.kind,
                event.status,
                event.startsAt,
                event.endsAt,
                event.timeZone,
                event.venue,
                event.online,
                event.capacity,
                event.placesLeft(),
                event.region,
                event.hostNetwork,
                event.hostNetworkName,
                event.audience);
    }
}
