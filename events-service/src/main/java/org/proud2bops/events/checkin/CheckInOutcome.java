package org.proud2bops.events.checkin;

/** What a check-in did: checked the attendee in now, or found them checked in already (the first time stands). */
public enum CheckInOutcome {
    CHECKED_IN,
    ALREADY_CHECKED_IN
}
