package org.proud2bops.content.item;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of change a revision records. */
@Schema(name = "ContentRevisionChange")
public enum RevisionChange {
    /** The item was written for the first time. */
    CREATED,
    /** An editor changed its content. */
    EDITED,
    /** It moved in the workflow (by an editor, or published by the schedule). */
    STATUS_CHANGED,
    /** An earlier revision's content was brought back. */
    RESTORED
}
