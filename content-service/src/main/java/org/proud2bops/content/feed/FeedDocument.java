package org.proud2bops.content.feed;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.proud2bops.platform.http.VersionTags;

/**
 * A feed as served: its tag and last change, decided before its XML is written (written only for a 200).
 *
 * @param tag the ETag's opaque part, without quotes
 * @param lastModified when any item last changed, to the second (HTTP dates have no finer grain)
 */
public record FeedDocument(String tag, Instant lastModified, Supplier<String> xml) {

    public FeedDocument {
        lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Whether the client's copy is current: If-None-Match names the tag, or, when there is no If-None-Match,
     * If-Modified-Since is at or after the last change (RFC 9110 13.2.2).
     */
    public boolean isCurrentFor(String ifNoneMatch, Instant ifModifiedSince) {
        if (ifNoneMatch != null) {
            return VersionTags.names(ifNoneMatch, "\"" + tag + "\"");
        }
        return ifModifiedSince != null && !lastModified.isAfter(ifModifiedSince);
    }
}
