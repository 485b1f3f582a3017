package org.proud2bops.events.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.events.checkin.CheckInOutcome;
import org.proud2bops.events.registration.Registration;

@Schema(
        name = "SessionCheckIn",
        examples = "{\"outcome\":\"ALREADY_CHECKED_IN\",\"checkedInAt\":\"2027-11-07T10:02:12.345678Z\",\"message\":\""
                + "Already checked in at 10:02\",\"sessionId\":\"0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f\",\"registration"
                + "Id\":\"9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d\",\"eventId\":\"5d0f2d9e-8f4b-4a57-9f0c-3c2a4f1e9b11\","
                + "\"attendeeName\":\"Dr Kim Lee\"}",
        requiredProperties = {"outcome", "checkedInAt", "message", "sessionId", "registrationId", "eventId"},
        description = "What a check-in at a session's door did, and when the attendee was (first) checked in there")
public record SessionCheckInResponse(
        @Schema(description = "CHECKED_IN: checked in by this call; ALREADY_CHECKED_IN: earlier, nothing changed")
        CheckInOutcome outcome,

        @Schema(description = "When the attendee was first checked in at this session; a repeat never changes it")
        Instant checkedInAt,

        @Schema(description = "For the door's screen, e.g. \"Already checked in at 10:02\" (the event's local time)")
        String message,

        UUID sessionId,
        UUID registrationId,
        UUID eventId,

        @Schema(description = "The attendee's name; absent once a guest's data was erased")
        String attendeeName) {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    static SessionCheckInResponse of(SessionBooking booking, CheckInOutcome outcome) {
        Registration registration = booking.registration;
        String at = CLOCK_TIME.format(booking.checkedInAt.atZone(ZoneId.of(registration.event.timeZone)));
        return new SessionCheckInResponse(
                outcome,
                booking.checkedInAt,
                switch (outcome) {
                    case CHECKED_IN -> "Checked in at " + at;
                    case ALREADY_CHECKED_IN -> "Already checked in at " + at;
                },
                booking.session.id,
                registration.id,
                registration.event.id,
                registration.attendeeName());
    }
}
