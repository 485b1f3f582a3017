package org.proud2bops.content.item;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.platform.outbox.Outbox;

/**
 * What the content service tells others about published items, recorded in the outbox in the changing transaction and
 * keyed by the item's id. Every fact carries the item's whole public state except its body and authors (no personal
 * data), so an item's latest fact is all a reader needs: the topic is compacted. Drafts publish nothing.
 */
@ApplicationScoped
public class ItemEvents {

    public static final String TOPIC = "content.item.v1";
    public static final String CONTENT_PUBLISHED = "org.proud2bops.content.ContentPublished";
    public static final String CONTENT_UPDATED = "org.proud2bops.content.ContentUpdated";
    public static final String CONTENT_UNPUBLISHED = "org.proud2bops.content.ContentUnpublished";

    /**
     * The item's public state, the same in every fact; {@code series*} null outside a series, {@code translationOf}
     * (the original it translates) null for an original; {@code relatedEventId} (the events service's event it is
     * about) null for none.
     */
    public record ContentState(
            UUID itemId,
            String kind,
            String status,
            String slug,
            String language,
            String title,
            String summary,
            List<String> topics,
            String visibility,
            String seriesName,
            Integer seriesPart,
            Integer seriesOf,
            Instant closesAt,
            Instant publishedAt,
            long version,
            UUID translationOf,
            UUID relatedEventId) {

        static ContentState of(ContentItem item) {
            return new ContentState(
                    item.id,
                    item.kind.name(),
                    item.status.name(),
                    item.slug,
                    item.language,
                    item.title,
                    item.summary,
                    List.copyOf(item.topics),
                    item.visibility.name(),
                    item.seriesName,
                    item.seriesPart,
                    item.seriesOf,
                    item.closesAt,
                    item.publishedAt,
                    item.version,
                    item.translationOf,
                    item.relatedEventId);
        }
    }

    /**
     * Which fact a change makes: becoming PUBLISHED is ContentPublished; a published item whose content changed and
     * stays published is ContentUpdated; a published item leaving PUBLISHED (unpublished to DRAFT, or ARCHIVED) is
     * ContentUnpublished; nothing else (drafts, reviews, schedules, archived items) publishes a fact.
     */
    static Optional<String> factFor(ItemStatus before, ItemStatus after, boolean contentChanged) {
        if (before != ItemStatus.PUBLISHED) {
            return after == ItemStatus.PUBLISHED ? Optional.of(CONTENT_PUBLISHED) : Optional.empty();
        }
        if (after != ItemStatus.PUBLISHED) {
            return Optional.of(CONTENT_UNPUBLISHED);
        }
        return contentChanged ? Optional.of(CONTENT_UPDATED) : Optional.empty();
    }

    private final Outbox outbox;

    public ItemEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Records the fact {@link #factFor} names for the item as it is now (after the change was flushed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(ContentItem item, ItemStatus before, boolean contentChanged) {
        factFor(before, item.status, contentChanged)
                .ifPresent(type -> outbox.record(TOPIC, item.id, type, ContentState.of(item)));
    }
}
