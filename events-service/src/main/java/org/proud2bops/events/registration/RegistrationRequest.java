package org.proud2bops.events.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.events.question.RegistrationQuestion;

@Schema(
        name = "RegistrationRequest",
        examples = "{\"guest\":{\"name\":\"Dr Kim Lee\",\"email\":\"kim.lee@nhs.example\",\"organisation\":\"R"
                + "oyal Free London NHS Foundation Trust\"},\"answers\":{\"dietary\":\"Vegetarian\",\"access\":\"Step-f"
                + "ree access to the main hall\"}}",
        description = "Whom to register: a member, a guest, or (send neither) yourself")
public record RegistrationRequest(
        @Schema(description = "An active member's id (events admins; a regional client, members of its region)")
        UUID memberId,

        @Valid @Schema(description = "Someone who is not a member (events admins and regional clients)")
        GuestRequest guest,

        @Size(max = RegistrationQuestion.MAX_QUESTIONS)
        @Schema(
                description = "Answers to the event's questions by question key: every required one, a CHOICE one "
                        + "with one of its options; a missing, unknown or wrong answer is 400 naming answers.<key>",
                maxProperties = RegistrationQuestion.MAX_QUESTIONS)
        Map<
                        @Size(max = RegistrationQuestion.MAX_KEY) @Pattern(regexp = RegistrationQuestion.KEY_PATTERN)
                        String,
                        @Size(max = RegistrationQuestion.MAX_ANSWER) String>
                answers) {

    @Schema(name = "RegistrationGuest", description = "A guest attendee, e.g. a clinical or medical leader")
    public record GuestRequest(
            @NotBlank @Size(max = 201) String name,
            @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 200) String organisation) {}

    AttendeeChoice toChoice() {
        return new AttendeeChoice(
                memberId,
                guest == null ? null : new AttendeeChoice.Guest(guest.name(), guest.email(), guest.organisation()),
                answers);
    }
}
