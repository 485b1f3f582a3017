package org.proud2bops.events.checkin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.events.registration.Registration;

@Schema(
        name = "CheckIn",
        examples = "{\"outcome\":\"ALREADY_CHECKED_IN\",\"checkedInAt\":\"2027-11-07T09:41:12.345678Z\",\"message\""
                + ":\"Already checked in at 09:41\",\"registrationId\":\"9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d\",\"e"
                + "ventId\":\"5d0f2d9e-8f4b-4a57-9f0c-3c2a4f1e9b11\",\"attendeeName\":\"Dr Kim Lee\",\"guestOrganisa"
                + "tion\":\"Royal Free London NHS Foundation Trust\"}",
        requiredProperties = {"outcome", "checkedInAt", "message", "registrationId", "eventId", "attendeeName"},
        description = "What a check-in did, and when the attendee was (first) checked in")
public record CheckInResponse(
        @Schema(description = "CHECKED_IN: checked in by this call; ALREADY_CHECKED_IN: earlier, nothing changed")
        CheckInOutcome outcome,

        @Schema(description = "When the attendee was first checked in; a repeat never changes it")
        Instant checkedInAt,

        @Schema(description = "For the desk's screen, e.g. \"Already checked in at 09:41\" (the event's local time)")
        String message,

        UUID registrationId,
        UUID eventId,

        @Schema(description = "The attending member; absent for a guest")
        UUID memberId,

        String attendeeName,
        String guestOrganisation) {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    static CheckInResponse of(Registration registration, CheckInOutcome outcome) {
        String at = CLOCK_TIME.format(registration.checkedInAt.atZone(ZoneId.of(registration.event.timeZone)));
        return new CheckInResponse(
                outcome,
                registration.checkedInAt,
                switch (outcome) {
                    case CHECKED_IN -> "Checked in at " + at;
                    case ALREADY_CHECKED_IN -> "Already checked in at " + at;
                },
                registration.id,
                registration.event.id,
                registration.member == null ? null : registration.member.memberId,
                registration.attendeeName(),
                registration.guestOrganisation);
    }
}
