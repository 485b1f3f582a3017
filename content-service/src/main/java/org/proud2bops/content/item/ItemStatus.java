package org.proud2bops.content.item;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an item is in the editorial workflow: DRAFT → IN_REVIEW → SCHEDULED → PUBLISHED → ARCHIVED. A review may send
 * it back to DRAFT or publish it at once; a scheduled item may be published at once or taken back to DRAFT; a
 * published item is archived or unpublished back to DRAFT; an archived item may be reopened as a DRAFT.
 */
@Schema(name = "ContentItemStatus")
public enum ItemStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED;

    private static final Map<ItemStatus, Set<ItemStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(IN_REVIEW),
            IN_REVIEW, EnumSet.of(DRAFT, SCHEDULED, PUBLISHED),
            SCHEDULED, EnumSet.of(DRAFT, PUBLISHED),
            PUBLISHED, EnumSet.of(ARCHIVED, DRAFT),
            ARCHIVED, EnumSet.of(DRAFT));

    public boolean mayMoveTo(ItemStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** The states an item in this one may move to, for the problem that refuses another. */
    public Set<ItemStatus> next() {
        return NEXT.get(this);
    }
}
