package org.proud2bops.events.event;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an event is: a DRAFT (only those who run events see it) is published or cancelled; a PUBLISHED event is
 * cancelled, or completed once it has ended. CANCELLED and COMPLETED are final: nothing goes back.
 */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED,
    COMPLETED;

    /** What a new event may be: a draft, or published at once. */
    public static final Set<EventStatus> INITIAL = Collections.unmodifiableSet(EnumSet.of(DRAFT, PUBLISHED));

    /** The statuses the public sees events in (a completed event stays readable). */
    public static final Set<EventStatus> PUBLIC = Collections.unmodifiableSet(EnumSet.of(PUBLISHED, COMPLETED));

    /** The statuses an event in this one may move to (staying in it is no move, and always allowed). */
    public Set<EventStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, CANCELLED);
            case PUBLISHED -> EnumSet.of(CANCELLED, COMPLETED);
            case CANCELLED, COMPLETED -> EnumSet.noneOf(EventStatus.class);
        };
    }

    /** Whether an event in this status may be put in {@code other}: the same status, or one of {@link #next()}. */
    public boolean mayBecome(EventStatus other) {
        return this == other || next().contains(other);
    }
}
