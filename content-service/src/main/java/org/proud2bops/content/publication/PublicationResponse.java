package org.proud2bops.content.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.content.event.RelatedEventResponse;
import org.proud2bops.content.item.ContentItem;
import org.proud2bops.content.item.ContentKind;
import org.proud2bops.content.item.ExternalLink;
import org.proud2bops.content.item.GuestAuthor;
import org.proud2bops.content.item.MemberAuthorResponse;
import org.proud2bops.content.item.Series;
import org.proud2bops.content.item.Visibility;

@Schema(
        name = "Publication",
        examples = "{\"id\":\"9b2f4a51-3c1e-4d7a-8f60-2b7c9e1d4a10\",\"kind\":\"CALL_FOR_ABSTRACTS\",\"slug\":\"c"
                + "all-for-abstracts-operational-excellence\",\"language\":\"en\",\"title\":\"Call for abstracts: Op"
                + "erational excellence stream\",\"summary\":\"Share what your service changed and what happened ne"
                + "xt\",\"bodyHtml\":\"<h2>How to submit</h2>\\n<p>Send 300 words by the closing date.</p>\\n\",\"t"
                + "opics\":[\"patient-flow\"],\"authors\":[{\"name\":\"Sam Russell\",\"affiliation\":\"Programme lea"
                + "d\",\"declarationOfInterests\":\"None\"}],\"links\":[{\"title\":\"Submission form\",\"url\":\"http"
                + "s://example.org/abstracts\"}],\"closesAt\":\"2027-03-31T23:00:00Z\",\"closed\":false,\"visibili"
                + "ty\":\"PUBLIC\",\"publishedAt\":\"2027-01-15T07:00:00Z\",\"requestedLanguage\":\"fr\",\"fallback\":true,"
                + "\"translations\":[{\"language\":\"zh-Hans\",\"slug\":\"call-for-abstracts-operational-excellen"
                + "ce\"}],\"memberAuthors\":[{\"memberId\":\"5d0c6f0e-8a47-4a43-9d55-0f3e2a1b7c21\",\"name\":\"Pr"
                + "iya Shah\",\"former\":false},{\"name\":\"Former member\",\"former\":true}]}",
        requiredProperties = {
            "id",
            "kind",
            "slug",
            "language",
            "title",
            "summary",
            "bodyHtml",
            "topics",
            "authors",
            "links",
            "closed",
            "visibility",
            "publishedAt",
            "fallback",
            "translations",
            "memberAuthors"
        },
        description = "A published item as readers see it, its body as sanitised HTML")
public record PublicationResponse(
        UUID id,
        ContentKind kind,
        String slug,
        String language,
        String title,
        String summary,

        @Schema(description = "The Markdown body rendered to HTML and sanitised: safe to include as it is")
        String bodyHtml,

        List<String> topics,
        List<GuestAuthor> authors,
        Series series,
        List<ExternalLink> links,
        Instant closesAt,

        @Schema(description = "Whether an opportunity's or call's closing date has passed")
        boolean closed,

        Visibility visibility,
        Instant publishedAt,

        @Schema(description = "The original this item translates; absent for an original")
        UUID translationOf,

        @Schema(
                description = "The language the reader asked for (the `language` parameter, or the most wanted of "
                        + "Accept-Language; * for any); absent when they asked for none")
        String requestedLanguage,

        @Schema(
                description = "True when the item is not in the language asked for: none of its languages matched, so "
                        + "the original is served (`language` and Content-Language say which)")
        boolean fallback,

        @Schema(description = "The item's other published languages (original and translations), by language")
        List<PublicationTranslation> translations,

        @Schema(description = "The event the item is about; absent for none")
        UUID relatedEventId,

        @Schema(
                description = "The related event's current state (title, times, PUBLISHED, CANCELLED or COMPLETED, "
                        + "host, fully booked sessions), as the events service's facts say; absent for none")
        RelatedEventResponse relatedEvent,

        @Schema(
                description = "Members named as authors, in the order printed (before the guest `authors`); an "
                        + "erased member's line is \"Former member\" without an id")
        List<MemberAuthorResponse> memberAuthors) {

    static PublicationResponse of(PublicationService.Served served, Clock clock) {
        ContentItem item = served.item();
        return new PublicationResponse(
                item.id,
                item.kind,
                item.slug,
                item.language,
                item.title,
                item.summary,
                item.bodyHtml,
                List.copyOf(item.topics),
                List.copyOf(item.authors),
                item.series(),
                List.copyOf(item.links),
                item.closesAt,
                item.isClosed(clock),
                item.visibility,
                item.publishedAt,
                item.translationOf,
                served.requestedLanguage(),
                served.fallback(),
                served.translations().stream().map(PublicationTranslation::of).toList(),
                item.relatedEventId,
                RelatedEventResponse.of(served.relatedEvent()),
                item.memberAuthors.stream().map(MemberAuthorResponse::publicly).toList());
    }
}
