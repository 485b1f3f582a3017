package org.proud2bops.events.session;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SessionBooking",
        examples = "{\"id\":\"1e2d3c4b-5a69-4788-96a5-b4c3d2e1f0a9\",\"sessionId\":\"0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7"
                + "e6f\",\"registrationId\":\"9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d\",\"eventId\":\"5d0f2d9e-8f4b-4a5"
                + "7-9f0c-3c2a4f1e9b11\",\"sessionTitle\":\"Flow through urgent care\",\"startsAt\":\"2027-11-07T10:0"
                + "0:00Z\",\"endsAt\":\"2027-11-07T11:00:00Z\",\"status\":\"WAITLISTED\",\"position\":3,\"bookedAt\":"
                + "\"2026-11-29T12:00:00Z\"}",
        requiredProperties = {
            "id",
            "sessionId",
            "registrationId",
            "eventId",
            "sessionTitle",
            "startsAt",
            "endsAt",
            "status",
            "bookedAt"
        },
        description = "A registration's place at a session, or its place in the session's line")
public record SessionBookingResponse(
        UUID id,
        UUID sessionId,
        UUID registrationId,
        UUID eventId,
        String sessionTitle,
        Instant startsAt,
        Instant endsAt,
        String room,

        @Schema(description = "Where to join online, while the booking is CONFIRMED")
        String onlineLink,

        SessionBookingStatus status,

        @Schema(description = "While WAITLISTED: the place in the session's line (1 = next in line)")
        Integer position,

        Instant bookedAt,
        Instant cancelledAt,

        @Schema(description = "When the attendee was checked in at the session's door")
        Instant checkedInAt) {

    static SessionBookingResponse of(SessionBooking booking) {
        Session session = booking.session;
        return new SessionBookingResponse(
                booking.id,
                session.id,
                booking.registration.id,
                session.eventId,
                session.title,
                session.startsAt,
                session.endsAt,
                session.room,
                booking.status == SessionBookingStatus.CONFIRMED ? session.onlineLink : null,
                booking.status,
                booking.waitlistPosition,
                booking.bookedAt,
                booking.cancelledAt,
                booking.checkedInAt);
    }
}
