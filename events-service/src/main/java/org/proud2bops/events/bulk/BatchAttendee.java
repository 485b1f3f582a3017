package org.proud2bops.events.bulk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.events.question.RegistrationQuestion;
import org.proud2bops.events.registration.AttendeeChoice;

/**
 * One attendee of a batch: a member by id, or a guest, and the sessions chosen for them. Lengths are bounded for the
 * whole batch (an over-long field is 400 for the batch); whether a row names exactly one attendee, a guest's name and
 * email, the answers to the event's questions and the sessions chosen are checked row by row.
 */
@Schema(name = "RegistrationBatchAttendee", description = "A member (memberId) or a guest (guest), not both")
public record BatchAttendee(
        @Schema(description = "An active member's id") UUID memberId,

        @Valid @Schema(description = "Someone who is not a member")
        Guest guest,

        @Size(max = RegistrationQuestion.MAX_QUESTIONS)
        @Schema(
                description = "Answers to the event's questions by question key, as a single registration's",
                maxProperties = RegistrationQuestion.MAX_QUESTIONS)
        Map<
                        @Size(max = RegistrationQuestion.MAX_KEY) @Pattern(regexp = RegistrationQuestion.KEY_PATTERN)
                        String,
                        @Size(max = RegistrationQuestion.MAX_ANSWER) String>
                answers,

        @Size(max = BatchAttendee.MAX_SESSIONS)
        @Schema(
                description = "Sessions of the event to book for the attendee in the row's transaction (a confirmed "
                        + "place only); any refused refuses the row")
        List<@NotNull UUID> sessionIds) {

    /** The most sessions one row chooses. */
    static final int MAX_SESSIONS = 20;

    /** The row for this attendee and these answers, choosing no session. */
    BatchAttendee(UUID memberId, Guest guest, Map<String, String> answers) {
        this(memberId, guest, answers, null);
    }

    /** The sessions chosen; empty when none. */
    List<UUID> chosenSessions() {
        return sessionIds == null ? List.of() : sessionIds;
    }

    @Schema(name = "RegistrationBatchGuest", description = "A guest: name and email required, organisation optional")
    public record Guest(
            @Size(max = 201) String name,
            @Size(max = 320) String email,
            @Size(max = 200) String organisation) {}

    AttendeeChoice toChoice() {
        return new AttendeeChoice(
                memberId,
                guest == null ? null : new AttendeeChoice.Guest(guest.name(), guest.email(), guest.organisation()),
                answers);
    }
}
