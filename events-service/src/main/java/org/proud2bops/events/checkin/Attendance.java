package org.proud2bops.events.checkin;

import java.time.Instant;
import org.proud2bops.events.event.Event;

/**
 * Where a confirmed attendee stands at the door: checked in, still expected, or (once the event has ended without
 * them being checked in) a no-show. Derived from the event's end and the check-in time, never stored, so it cannot
 * drift from them.
 */
public enum Attendance {
    CHECKED_IN,
    EXPECTED,
    NO_SHOW;

    public static Attendance of(Instant checkedInAt, Event event, Instant now) {
        if (checkedInAt != null) {
            return CHECKED_IN;
        }
        return ended(event, now) ? NO_SHOW : EXPECTED;
    }

    public static boolean ended(Event event, Instant now) {
        return !now.isBefore(event.endsAt);
    }
}
