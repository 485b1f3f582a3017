package org.proud2bops.events.checkin;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.events.registration.Registration;

@Schema(
        name = "DeskAttendee",
        examples = "{\"registrationId\":\"9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d\",\"attendeeName\":\"Dr Kim Lee\",\"g"
                + "uestEmail\":\"kim.lee@nhs.example\",\"guestOrganisation\":\"Royal Free London NHS Foundation Trus"
                + "t\",\"attendance\":\"EXPECTED\"}",
        requiredProperties = {"registrationId", "attendeeName", "attendance"},
        description = "A confirmed attendee as the check-in desk sees them")
public record DeskAttendeeResponse(
        UUID registrationId,

        @Schema(description = "The attending member; absent for a guest")
        UUID memberId,

        String attendeeName,

        @Schema(description = "A guest's email; absent for a member")
        String guestEmail,

        String guestOrganisation,

        @Schema(description = "CHECKED_IN; EXPECTED while the event has not ended; NO_SHOW once it ended without them")
        Attendance attendance,

        @Schema(description = "When they were first checked in; absent until then")
        Instant checkedInAt) {

    static DeskAttendeeResponse of(Registration registration, Instant now) {
        return new DeskAttendeeResponse(
                registration.id,
                registration.member == null ? null : registration.member.memberId,
                registration.attendeeName(),
                registration.guestEmail,
                registration.guestOrganisation,
                Attendance.of(registration.checkedInAt, registration.event, now),
                registration.checkedInAt);
    }
}
