package org.proud2bops.content.item;

import jakarta.validation.Valid;
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
        name = "ContentItemRequest",
        examples = "{\"kind\":\"CALL_FOR_ABSTRACTS\",\"title\":\"Call for abstracts: Operational excellence stre"
                + "am\",\"slug\":\"call-for-abstracts-operational-excellence\",\"language\":\"en\",\"summary\":\"S"
                + "hare what your service changed and what happened next\",\"body\":\"## How to submit\\n\\nSend 3"
                + "00 words by the closing date.\",\"topics\":[\"patient-flow\"],\"authors\":[{\"name\":\"Sam Ru"
                + "ssell\",\"affiliation\":\"Programme lead\",\"declarationOfInterests\":\"None\"}],\"links\":[{\"ti"
                + "tle\":\"Submission form\",\"url\":\"https://example.org/abstracts\"}],\"closesAt\":\"2027-03-31T2"
                + "3:00:00Z\",\"visibility\":\"PUBLIC\"}",
        description = "An item as an editor writes it; replaces every field on update")
public record ItemRequest(
        @NotNull ContentKind kind,
        @NotBlank @Size(max = 200) String title,

        @NotBlank
        @Size(min = 2, max = 120)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
        @Schema(description = "Unique within the item's language, e.g. winter-planning-part-1")
        String slug,

        @NotBlank @Size(max = 35) @Schema(description = "BCP 47 language tag, e.g. en or zh-Hans")
        String language,

        @NotBlank @Size(max = 1000) String summary,

        @NotNull @Size(max = 100_000) @Schema(description = "Markdown")
        String body,

        @Size(max = 10) @Schema(description = "Slugs of existing topics")
        List<@NotBlank @Size(max = 60) String> topics,

        @Size(max = 20) @Schema(description = "Guest authors, in the order printed")
        List<@Valid @NotNull GuestAuthor> authors,

        @Valid @Schema(description = "Omit outside a series")
        Series series,

        @Size(max = 10) List<@Valid @NotNull ExternalLink> links,

        @Schema(
                description = "When an opportunity or call closes (UTC); required for calls, refused for other kinds; "
                        + "must be in the future when set")
        Instant closesAt,

        @Schema(description = "PUBLIC, or MEMBERS_ONLY", defaultValue = "PUBLIC")
        Visibility visibility,

        @Schema(
                description = "The event the item is about (an event announcement's event), by its id in the events "
                        + "service; it must be one the events service has published")
        UUID relatedEventId,

        @Size(max = 20)
        @Schema(
                description = "Ids of members named as authors (from the members service), in the order printed, "
                        + "before the guest authors; each once")
        List<@NotNull UUID> memberAuthors) {

    /** The details as sent, trimmed; the service validates what annotations cannot. */
    ItemDetails toDetails() {
        return new ItemDetails(
                kind,
                title.strip(),
                slug,
                language.strip(),
                summary.strip(),
                body,
                Optional.ofNullable(topics).orElse(List.of()),
                Optional.ofNullable(authors).orElse(List.of()),
                series,
                Optional.ofNullable(links).orElse(List.of()),
                closesAt,
                Optional.ofNullable(visibility).orElse(Visibility.PUBLIC),
                relatedEventId,
                Optional.ofNullable(memberAuthors).orElse(List.of()));
    }
}
