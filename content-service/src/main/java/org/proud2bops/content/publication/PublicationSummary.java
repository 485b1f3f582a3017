package org.proud2bops.content.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.content.event.RelatedEventResponse;
import org.proud2bops.content.item.ContentItem;
import org.proud2bops.content.item.ContentKind;
import org.proud2bops.content.item.GuestAuthor;
import org.proud2bops.content.item.MemberAuthorResponse;
import org.proud2bops.content.item.Series;
import org.proud2bops.content.item.Visibility;

@Schema(
        name = "PublicationSummary",
        requiredProperties = {
            "id",
            "kind",
            "slug",
            "language",
            "title",
            "summary",
            "topics",
            "authors",
            "closed",
            "visibility",
            "publishedAt",
            "memberAuthors"
        },
        description = "A published item in a list: everything but its body and links; in a search, how it matched")
public record PublicationSummary(
        UUID id,
        ContentKind kind,
        String slug,
        String language,
        String title,
        String summary,
        List<String> topics,
        List<GuestAuthor> authors,
        Series series,
        Instant closesAt,

        @Schema(description = "Whether an opportunity's or call's closing date has passed")
        boolean closed,

        Visibility visibility,
        Instant publishedAt,

        @Schema(description = "The original this item translates; absent for an original")
        UUID translationOf,

        @Schema(description = "How the item matched the search; only in a search (`q`)")
        SearchMatch match,

        @Schema(description = "The event the item is about; absent for none")
        UUID relatedEventId,

        @Schema(description = "The related event's current state, as the events service's facts say; absent for none")
        RelatedEventResponse relatedEvent,

        @Schema(
                description = "Members named as authors, in the order printed (before the guest `authors`); an "
                        + "erased member's line is \"Former member\" without an id")
        List<MemberAuthorResponse> memberAuthors) {

    static PublicationSummary of(PublicationService.Listed listed, Clock clock) {
        ContentItem item = listed.item();
        return new PublicationSummary(
                item.id,
                item.kind,
                item.slug,
                item.language,
                item.title,
                item.summary,
                List.copyOf(item.topics),
                List.copyOf(item.authors),
                item.series(),
                item.closesAt,
                item.isClosed(clock),
                item.visibility,
                item.publishedAt,
                item.translationOf,
                listed.hit() == null ? null : SearchMatch.of(listed.hit()),
                item.relatedEventId,
                RelatedEventResponse.of(listed.relatedEvent()),
                item.memberAuthors.stream().map(MemberAuthorResponse::publicly).toList());
    }
}
