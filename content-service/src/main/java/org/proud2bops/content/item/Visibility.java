package org.proud2bops.content.item;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who may read a published item: anyone, or members only. */
@Schema(name = "ContentVisibility")
public enum Visibility {
    PUBLIC,
    MEMBERS_ONLY
}
