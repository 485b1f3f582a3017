package org.proud2bops.content.item;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a content item is; opportunities and calls carry a closing date. */
@Schema(name = "ContentKind")
public enum ContentKind {
    ARTICLE,
    NEWS,
    INTERVIEW,
    OPPORTUNITY,
    CALL_FOR_ABSTRACTS,
    CALL_FOR_SPEAKERS,
    CONFERENCE_ABSTRACT,
    EVENT_ANNOUNCEMENT;

    /** Opportunities and calls close; other kinds have no closing date. */
    public boolean closes() {
        return this == OPPORTUNITY || isCall();
    }

    /** A call needs its closing date; an opportunity may be open-ended. */
    public boolean isCall() {
        return this == CALL_FOR_ABSTRACTS || this == CALL_FOR_SPEAKERS;
    }
}
