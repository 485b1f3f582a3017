package org.proud2bops.events.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Session",
        examples = "{\"id\":\"0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f\",\"eventId\":\"5d0f2d9e-8f4b-4a57-9f0c-3c2a4f1e9b11"
                + "\",\"streamId\":\"3f6c0a8e-2b1d-4c5e-9f7a-6b8c9d0e1f2a\",\"title\":\"Flow through urgent care\",\""
                + "startsAt\":\"2027-11-07T10:00:00Z\",\"endsAt\":\"2027-11-07T11:00:00Z\",\"room\":\"Room 2\",\"c"
                + "apacity\":120,\"placesLeft\":0,\"people\":[{\"role\":\"CHAIR\",\"memberId\":\"7b2e4c1a-9d3f-4e8b-a"
                + "6c5-1f0e2d3c4b5a\",\"name\":\"Dr Kim Lee\"},{\"role\":\"CO_CHAIR\",\"roleLabel\":\"lived-experien"
                + "ce co-chair\",\"name\":\"Sam Patel\",\"organisation\":\"Healthwatch Example\"}]}",
        requiredProperties = {"id", "eventId", "title", "startsAt", "endsAt", "capacity", "placesLeft", "people"},
        description = "A session of an event")
public record SessionResponse(
        UUID id,
        UUID eventId,

        @Schema(description = "Its stream; absent for a session outside every stream")
        UUID streamId,

        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        String room,

        @Schema(description = "Only for those who run events; attendees find it in their confirmed booking")
        String onlineLink,

        int capacity,

        @Schema(description = "Places not booked; 0 means whoever books next waits in the session's line")
        int placesLeft,

        List<PersonResponse> people) {

    @Schema(name = "SessionPerson", requiredProperties = "role", description = "A chair, co-chair or speaker")
    public record PersonResponse(
            SessionRole role,
            String roleLabel,

            @Schema(description = "The member; absent for a guest")
            UUID memberId,

            @Schema(description = "The member's name (absent once they were erased), or the guest's")
            String name,

            @Schema(description = "A guest's organisation") String organisation) {

        static PersonResponse of(SessionPerson person) {
            return new PersonResponse(
                    person.role,
                    person.roleLabel,
                    person.member == null ? null : person.member.memberId,
                    person.member == null
                            ? person.guestName
                            : person.member.isErased() ? null : person.member.displayName,
                    person.guestOrganisation);
        }
    }

    static SessionResponse of(Session session, boolean withOnlineLink) {
        return new SessionResponse(
                session.id,
                session.eventId,
                session.streamId,
                session.title,
                session.description,
                session.startsAt,
                session.endsAt,
                session.room,
                withOnlineLink ? session.onlineLink : null,
                session.capacity,
                session.placesLeft(),
                session.people.stream().map(PersonResponse::of).toList());
    }
}
