package org.proud2bops.events.event;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.events.question.RegistrationQuestion;

@Schema(
        name = "EventRequest",
        examples = "{\"title\":\"NHS Executive Strategy Summit\",\"summary\":\"One day in London for CEOs, COO"
                + "s and senior operational leaders\",\"kind\":\"SUMMIT\",\"startsAt\":\"2027-11-07T09:00:00Z"
                + "\",\"endsAt\":\"2027-11-07T17:00:00Z\",\"timeZone\":\"Europe/London\",\"venue\":\"London\""
                + ",\"online\":true,\"capacity\":3000,\"status\":\"PUBLISHED\",\"partners\":[{\"name\":\"NHS Confederat"
                + "ion\",\"url\":\"https://www.nhsconfed.org\"}],\"tags\":[\"leadership\",\"operations\"],\"questi"
                + "ons\":[{\"key\":\"dietary\",\"label\":\"Dietary needs\",\"kind\":\"CHOICE\",\"options\":[\"None\","
                + "\"Vegetarian\",\"Vegan\"],\"required\":true},{\"key\":\"access\",\"label\":\"Access needs\",\"ki"
                + "nd\":\"FREE_TEXT\",\"required\":false}],\"onlineLink\":\"https://meet.example.org/summit-2027\",\"r"
                + "egistrationOpensAt\":\"2027-09-01T09:00:00Z\",\"registrationClosesAt\":\"2027-11-01T17:00:00Z\"}",
        description = "An event as an events admin describes it; replaces every field on update")
public record EventRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String summary,
        @NotNull EventKind kind,
        @NotNull @Schema(description = "UTC instant") Instant startsAt,

        @NotNull @Schema(description = "UTC instant; after startsAt")
        Instant endsAt,

        @Size(max = 50) @Schema(description = "IANA zone where it takes place", defaultValue = "Europe/London")
        String timeZone,

        @Size(max = 300) String venue,
        boolean online,
        @NotNull @Min(0) @Max(100_000) Integer capacity,

        @Schema(
                description = "The region whose networks host it; omit for a national event. With hostNetwork it is "
                        + "the hosting network's region, and a different one is refused")
        Region region,

        @Size(max = 80)
        @Pattern(regexp = "[a-z0-9-]+", message = "must be a network slug: lower-case letters, digits and hyphens")
        @Schema(
                description = "The hosting network's slug, e.g. london or p2b-at-rj1: a network the members service "
                        + "created (unknown-network otherwise); the event takes its region")
        String hostNetwork,

        @Schema(
                description = "DRAFT (only those who manage it see it) or PUBLISHED when created; then a draft is "
                        + "published or cancelled, a published event cancelled, or COMPLETED once it has ended. "
                        + "CANCELLED and COMPLETED are final",
                defaultValue = "DRAFT")
        EventStatus status,

        @Schema(
                description = "Who may come: OPEN_TO_GUESTS (members and guests), MEMBERS_ONLY or BY_INVITATION "
                        + "(only the event's managers register people)",
                defaultValue = "OPEN_TO_GUESTS")
        Audience audience,

        @Valid @Size(max = EventPartner.MAX_PARTNERS) @Schema(description = "Organisations the event is held with")
        List<@NotNull EventPartner> partners,

        @Size(max = EventRequest.MAX_TAGS)
        @Schema(description = "Lower-case tags (letters, digits, hyphens); list events by one with ?tag=")
        List<
                        @NotNull @Size(min = 1, max = EventRequest.MAX_TAG)
                        @Pattern(
                                regexp = EventRequest.TAG_PATTERN,
                                message = "must be lower-case letters, digits and hyphens")
                        String>
                tags,

        @Valid
        @Size(max = RegistrationQuestion.MAX_QUESTIONS)
        @Schema(description = "What registering asks (answers go in the registration's answers, by key)")
        List<@NotNull RegistrationQuestion> questions,

        @Size(max = 500)
        @Pattern(regexp = "https://\\S+", message = "must be an https URL")
        @Schema(
                description = "Where to join online (https); shown only to confirmed attendees and those who manage "
                        + "the event")
        String onlineLink,

        @Schema(description = "UTC instant registration opens; absent: as soon as the event is published")
        Instant registrationOpensAt,

        @Schema(description = "UTC instant registration closes, no later than startsAt; absent: at startsAt")
        Instant registrationClosesAt) {

    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 40;
    static final String TAG_PATTERN = "[a-z0-9][a-z0-9-]*";

    private static final String UK = "Europe/London";

    EventDetails toDetails() {
        return new EventDetails(
                title,
                summary,
                kind,
                startsAt,
                endsAt,
                Optional.ofNullable(timeZone).orElse(UK),
                venue,
                online,
                capacity,
                region,
                hostNetwork,
                Optional.ofNullable(status).orElse(EventStatus.DRAFT),
                Optional.ofNullable(audience).orElse(Audience.OPEN_TO_GUESTS),
                Optional.ofNullable(partners).orElse(List.of()),
                Optional.ofNullable(tags).orElse(List.of()),
                Optional.ofNullable(questions).orElse(List.of()),
                onlineLink,
                registrationOpensAt,
                registrationClosesAt);
    }
}
