package org.proud2bops.content.publication;

import java.time.Instant;
import java.util.UUID;
import org.proud2bops.content.item.ContentKind;

/**
 * What a reader narrows the published items to; every part is optional. {@code language} matches the tag and its
 * subtags ({@code zh} matches {@code zh-Hans}); {@code query} is full-text search text, which orders by relevance;
 * {@code relatedEvent} the events service's id of the event items are about;
 * {@code author} is a member id (an erased member's id selects nothing).
 */
public record PublicationFilter(
        ContentKind kind,
        String topic,
        String language,
        String series,
        Instant publishedFrom,
        Instant publishedBefore,
        boolean openCallsOnly,
        String query,
        UUID relatedEvent,
        UUID author) {

    /** Only this kind and topic (each optional): what a feed lists. */
    public static PublicationFilter of(ContentKind kind, String topic) {
        return new PublicationFilter(kind, topic, null, null, null, null, false, null, null, null);
    }

    boolean searches() {
        return query != null;
    }
}
