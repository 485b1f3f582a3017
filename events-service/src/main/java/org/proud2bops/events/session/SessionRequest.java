package org.proud2bops.events.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SessionRequest",
        examples = "{\"title\":\"Flow through urgent care\",\"streamId\":\"3f6c0a8e-2b1d-4c5e-9f7a-6b8c9d0e1f2a\",\"st"
                + "artsAt\":\"2027-11-07T10:00:00Z\",\"endsAt\":\"2027-11-07T11:00:00Z\",\"room\":\"Room 2\",\"capa"
                + "city\":120,\"people\":[{\"role\":\"CHAIR\",\"memberId\":\"7b2e4c1a-9d3f-4e8b-a6c5-1f0e2d3c4b5a\"},"
                + "{\"role\":\"CO_CHAIR\",\"roleLabel\":\"lived-experience co-chair\",\"guestName\":\"Sam Patel\",\""
                + "guestOrganisation\":\"Healthwatch Example\"}]}",
        description = "A session as an events admin describes it; replaces every field on update")
public record SessionRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,

        @Schema(description = "A stream of this event; omit for a session outside every stream (a plenary)")
        UUID streamId,

        @NotNull @Schema(description = "UTC instant; within the event's times")
        Instant startsAt,

        @NotNull @Schema(description = "UTC instant; after startsAt, within the event's times")
        Instant endsAt,

        @Size(max = 200) String room,

        @Size(max = 2000)
        @Pattern(regexp = "https://\\S+", message = "must be an https link")
        @Schema(description = "Where to join online; shown to those who run events and to attendees who booked it")
        String onlineLink,

        @NotNull @Min(0) @Max(100_000) Integer capacity,

        @Size(max = 30) @Schema(description = "Chairs, co-chairs and speakers, in the order they are listed")
        List<@NotNull @Valid Person> people) {

    @Schema(
            name = "SessionPersonRequest",
            description = "A chair, co-chair or speaker: a member by memberId, or a guest by guestName")
    public record Person(
            @NotNull SessionRole role,

            @Size(max = 100) @Schema(description = "Says more than the role, e.g. \"lived-experience co-chair\"")
            String roleLabel,

            @Schema(description = "A member's id (as the members service names them); or give guestName")
            UUID memberId,

            @Size(max = 200) String guestName,
            @Size(max = 200) String guestOrganisation) {}

    SessionDetails toDetails() {
        return new SessionDetails(
                title,
                description,
                streamId,
                startsAt,
                endsAt,
                room,
                onlineLink,
                capacity,
                Optional.ofNullable(people).orElse(List.of()).stream()
                        .map(person -> new SessionDetails.Person(
                                person.role(),
                                person.roleLabel(),
                                person.memberId(),
                                person.guestName(),
                                person.guestOrganisation()))
                        .toList());
    }
}
