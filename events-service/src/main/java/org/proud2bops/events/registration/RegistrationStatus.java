package org.proud2bops.events.registration;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a place is: confirmed when taken, cancelled when given back; a cancelled place stays cancelled. A registration
 * for a full event is waitlisted: it holds no place, is confirmed when a freed place reaches it (promotion), or is
 * cancelled when the person leaves the line.
 */
public enum RegistrationStatus {
    CONFIRMED,
    CANCELLED,
    WAITLISTED;

    /** The statuses of a live registration: a place held or a place waited for; a person has one per event at most. */
    public static final Set<RegistrationStatus> LIVE = Collections.unmodifiableSet(EnumSet.of(CONFIRMED, WAITLISTED));

    /** The statuses a registration in this one may move to. */
    public Set<RegistrationStatus> next() {
        return switch (this) {
            case CONFIRMED -> EnumSet.of(CANCELLED);
            case CANCELLED -> EnumSet.noneOf(RegistrationStatus.class);
            case WAITLISTED -> EnumSet.of(CONFIRMED, CANCELLED);
        };
    }
}
