package org.proud2bops.events.session;

import java.time.Instant;

/** Rules about sessions' times, as plain functions. */
final class SessionTimes {

    private SessionTimes() {}

    /** Half-open intervals [start, end): a session ending at 10:00 and one starting at 10:00 do not overlap. */
    static boolean overlap(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    /** Whether [start, end) lies inside the event's [eventStart, eventEnd]. */
    static boolean within(Instant start, Instant end, Instant eventStart, Instant eventEnd) {
        return !start.isBefore(eventStart) && !end.isAfter(eventEnd);
    }
}
