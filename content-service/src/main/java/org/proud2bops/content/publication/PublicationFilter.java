package org.proud2bops.content.publication;

import java.time.Instant;
import org.proud2bops.content.item.ContentKind;

/** What a reader narrows the published items to; every part is optional. */
public record PublicationFilter(
        ContentKind kind,
        String topic,
        String language,
        String series,
        Instant publishedFrom,
        Instant publishedBefore,
        boolean openCallsOnly) {}
