package org.proud2bops.events.session;

import java.util.EnumSet;
import java.util.Set;

/** A booking holds a place at the session (CONFIRMED), waits for one (WAITLISTED), or was given up (CANCELLED). */
public enum SessionBookingStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED;

    /** Bookings that count: a place, or a place in the line. */
    static final Set<SessionBookingStatus> LIVE = EnumSet.of(CONFIRMED, WAITLISTED);
}
