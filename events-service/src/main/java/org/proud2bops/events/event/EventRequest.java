package org.proud2bops.events.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "EventRequest",
        examples = "{\"title\":\"NHS Executive Strategy Summit\",\"summary\":\"One day in London for CEOs, COO"
                + "s and senior operational leaders\",\"kind\":\"SUMMIT\",\"startsAt\":\"2027-11-07T09:00:00Z"
                + "\",\"endsAt\":\"2027-11-07T17:00:00Z\",\"timeZone\":\"Europe/London\",\"venue\":\"London\""
                + ",\"online\":false,\"capacity\":3000,\"status\":\"PUBLISHED\"}",
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

        @Schema(description = "DRAFT (only events admins see it), PUBLISHED or CANCELLED", defaultValue = "DRAFT")
        EventStatus status,

        @Schema(
                description = "Who may come: OPEN_TO_GUESTS (members and guests), MEMBERS_ONLY or BY_INVITATION "
                        + "(only the event's managers register people)",
                defaultValue = "OPEN_TO_GUESTS")
        Audience audience) {

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
                Optional.ofNullable(audience).orElse(Audience.OPEN_TO_GUESTS));
    }
}
