package org.proud2bops.content.item;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.content.event.RelatedEventResponse;
import org.proud2bops.content.event.RelatedEventView;

@Schema(
        name = "ContentItem",
        examples = "{\"id\":\"9b2f4a51-3c1e-4d7a-8f60-2b7c9e1d4a10\",\"kind\":\"ARTICLE\",\"status\":\"DRAFT\",\"t"
                + "itle\":\"Winter planning, part 1\",\"slug\":\"winter-planning-part-1\",\"language\":\"en\",\"sum"
                + "mary\":\"What operational teams learned last winter\",\"body\":\"## Lessons\\n\\nStart early.\","
                + "\"bodyHtml\":\"<h2>Lessons</h2>\\n<p>Start early.</p>\\n\",\"topics\":[\"winter-pressures\"],\"au"
                + "thors\":[{\"name\":\"Alex Morgan\",\"affiliation\":\"Chief Operating Officer\",\"declarationOfInte"
                + "rests\":\"None\"}],\"series\":{\"name\":\"Winter planning\",\"part\":1,\"of\":3},\"links\":[],\"cl"
                + "osed\":false,\"visibility\":\"PUBLIC\",\"createdAt\":\"2026-11-02T10:00:00Z\",\"updatedAt\":\"20"
                + "26-11-02T10:00:00Z\",\"memberAuthors\":[{\"memberId\":\"5d0c6f0e-8a47-4a43-9d55-0f3e2a1b7c21\",\"n"
                + "ame\":\"Priya Shah\",\"former\":false}]}",
        requiredProperties = {
            "id",
            "kind",
            "status",
            "title",
            "slug",
            "language",
            "summary",
            "body",
            "bodyHtml",
            "topics",
            "authors",
            "links",
            "closed",
            "visibility",
            "createdAt",
            "updatedAt",
            "memberAuthors"
        },
        description = "An item as editors see it, in any status")
public record ItemResponse(
        UUID id,
        ContentKind kind,
        ItemStatus status,
        String title,
        String slug,
        String language,
        String summary,
        @Schema(description = "Markdown, as written") String body,

        @Schema(description = "The body rendered to HTML and sanitised")
        String bodyHtml,

        List<String> topics,
        List<GuestAuthor> authors,
        Series series,
        List<ExternalLink> links,
        Instant closesAt,

        @Schema(description = "Whether the closing date has passed")
        boolean closed,

        Visibility visibility,

        @Schema(description = "When a SCHEDULED item will be published")
        Instant publishAt,

        Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "The original this item translates; absent for an original")
        UUID translationOf,

        @Schema(description = "The event the item is about; absent for none")
        UUID relatedEventId,

        @Schema(description = "The related event's current state, as the events service's facts say; absent for none")
        RelatedEventResponse relatedEvent,

        @Schema(description = "Members named as authors, in the order printed (before the guest `authors`)")
        List<MemberAuthorResponse> memberAuthors) {

    static ItemResponse of(ContentItem item, Clock clock, Optional<RelatedEventView> relatedEvent) {
        return new ItemResponse(
                item.id,
                item.kind,
                item.status,
                item.title,
                item.slug,
                item.language,
                item.summary,
                item.body,
                item.bodyHtml,
                List.copyOf(item.topics),
                List.copyOf(item.authors),
                item.series(),
                List.copyOf(item.links),
                item.closesAt,
                item.isClosed(clock),
                item.visibility,
                item.publishAt,
                item.publishedAt,
                item.createdAt,
                item.updatedAt,
                item.translationOf,
                item.relatedEventId,
                RelatedEventResponse.of(relatedEvent.orElse(null)),
                item.memberAuthors.stream().map(MemberAuthorResponse::of).toList());
    }
}
