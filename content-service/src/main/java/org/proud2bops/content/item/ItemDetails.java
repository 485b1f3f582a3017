package org.proud2bops.content.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything an editor says about an item, as stored after validation: what a revision keeps, what a restore brings
 * back. The workflow's status and times are not part of it.
 */
@Schema(
        name = "ContentItemDetails",
        requiredProperties = {
            "kind",
            "title",
            "slug",
            "language",
            "summary",
            "body",
            "topics",
            "authors",
            "links",
            "visibility",
            "memberAuthors"
        },
        description = "An item's content as an editor wrote it (Markdown body)")
public record ItemDetails(
        ContentKind kind,
        String title,
        String slug,
        String language,
        String summary,
        String body,
        List<String> topics,
        List<GuestAuthor> authors,
        Series series,
        List<ExternalLink> links,
        Instant closesAt,
        Visibility visibility,
        UUID relatedEventId,

        @Schema(description = "Ids of the members named as authors, in the order printed (before guest authors)")
        List<UUID> memberAuthors) {

    public ItemDetails {
        // Revisions written before member authors have none
        memberAuthors = memberAuthors == null ? List.of() : List.copyOf(memberAuthors);
    }

    private static final List<Field> FIELDS = List.of(
            new Field("kind", ItemDetails::kind),
            new Field("title", ItemDetails::title),
            new Field("slug", ItemDetails::slug),
            new Field("language", ItemDetails::language),
            new Field("summary", ItemDetails::summary),
            new Field("body", ItemDetails::body),
            new Field("topics", ItemDetails::topics),
            new Field("authors", ItemDetails::authors),
            new Field("series", ItemDetails::series),
            new Field("links", ItemDetails::links),
            new Field("closesAt", ItemDetails::closesAt),
            new Field("visibility", ItemDetails::visibility),
            new Field("relatedEventId", ItemDetails::relatedEventId),
            new Field("memberAuthors", ItemDetails::memberAuthors));

    private record Field(String name, Function<ItemDetails, Object> value) {}

    /** The names of the fields whose values differ between {@code before} and this, in a fixed order. */
    public List<String> changedSince(ItemDetails before) {
        List<String> changed = new ArrayList<>();
        for (Field field : FIELDS) {
            if (before == null
                    || !Objects.equals(
                            field.value().apply(before), field.value().apply(this))) {
                changed.add(field.name());
            }
        }
        return changed;
    }
}
