package org.proud2bops.events.checkin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.events.registration.Registration;

@Schema(
        name = "DeskAttendee",
        examples = "{\"registrationId\":\"9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d\",\"attendeeName\":\"Dr Kim Lee\",\"g"
                + "uestEmail\":\"kim.lee@nhs.example\",\"guestOrganisation\":\"Royal Free London NHS Foundation Trus"
                + "t\",\"attendance\":\"EXPECTED\",\"answers\":{\"access\":\"Step-free route to the hall\",\"dietar"
                + "y\":\"Vegan\"}}",
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
        Instant checkedInAt,

        @Schema(
                description = "The registration's answers to the event's registration questions (access or dietary "
                        + "needs at the door), by question key: only questions the event still asks; absent when none "
                        + "were given or the attendee was erased")
        Map<String, String> answers) {

    static DeskAttendeeResponse of(Registration registration, Instant now) {
        return new DeskAttendeeResponse(
                registration.id,
                registration.member == null ? null : registration.member.memberId,
                registration.attendeeName(),
                registration.guestEmail,
                registration.guestOrganisation,
                Attendance.of(registration.checkedInAt, registration.event, now),
                registration.checkedInAt,
                answersOf(registration));
    }

    /** The answers to the questions the event asks now, in their order; null when there are none. */
    private static Map<String, String> answersOf(Registration registration) {
        if (registration.answers == null || registration.answers.isEmpty()) {
            return null;
        }
        Map<String, String> answers = new LinkedHashMap<>();
        registration.event.questions.forEach(question -> {
            String answer = registration.answers.get(question.key());
            if (answer != null) {
                answers.put(question.key(), answer);
            }
        });
        return answers.isEmpty() ? null : answers;
    }
}
