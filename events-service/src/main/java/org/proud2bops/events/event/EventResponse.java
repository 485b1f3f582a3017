package org.proud2bops.events.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.events.question.RegistrationQuestion;

@Schema(
        name = "Event",
        examples = "{\"id\":\"5d0f2d9e-8f4b-4a57-9f0c-3c2a4f1e9b11\",\"title\":\"NHS Executive Strategy Summit"
                + "\",\"summary\":\"One day in London for CEOs, COOs and senior operational leaders\",\"kind"
                + "\":\"SUMMIT\",\"status\":\"PUBLISHED\",\"startsAt\":\"2027-11-07T09:00:00Z\",\"endsAt\":\""
                + "2027-11-07T17:00:00Z\",\"timeZone\":\"Europe/London\",\"venue\":\"London\",\"online\":fals"
                + "e,\"capacity\":3000,\"placesLeft\":2411,\"hostNetwork\":\"national\",\"hostNetworkName\":\"Proud2bOps\",\"audience\":\"OPEN_TO_GUESTS\""
                + ",\"partners\":[{\"name\":\"NHS Confederation\",\"url\":\"https://www.nhsconfed.org\"}],\"tags\""
                + ":[\"leadership\",\"operations\"],\"questions\":[{\"key\":\"dietary\",\"label\":\"Dietary needs"
                + "\",\"kind\":\"CHOICE\",\"options\":[\"None\",\"Vegetarian\",\"Vegan\"],\"required\":true}],\"re"
                + "gistrationOpensAt\":\"2027-09-01T09:00:00Z\",\"registrationClosesAt\":\"2027-11-01T17:00:00Z\"}",
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
            "audience",
            "partners",
            "tags",
            "questions"
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

        @Schema(description = "Who may come") Audience audience,

        List<EventPartner> partners,
        List<String> tags,

        @Schema(description = "What registering asks; answer by key in the registration's answers")
        List<RegistrationQuestion> questions,

        @Schema(
                description = "Where to join online: only for those who manage the event (attendees find it in their "
                        + "confirmed registration)")
        String onlineLink,

        Instant registrationOpensAt,

        @Schema(description = "When registration closes; absent: when the event starts")
        Instant registrationClosesAt) {

    /** The event as the public sees it: no online joining link. */
    static EventResponse of(Event event) {
        return of(event, false);
    }

    /** The event, with its online joining link when the caller may see it. */
    static EventResponse of(Event event, boolean withOnlineLink) {
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
                event.audience,
                List.copyOf(event.partners),
                List.copyOf(event.tags),
                List.copyOf(event.questions),
                withOnlineLink ? event.onlineLink : null,
                event.registrationOpensAt,
                event.registrationClosesAt);
    }
}
