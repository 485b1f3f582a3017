package org.proud2bops.events.registration;

import java.util.EnumSet;
import java.util.Set;

/** Where a place is: confirmed when taken, cancelled when given back; a cancelled place stays cancelled. */
public enum RegistrationStatus {
    CONFIRMED,
    CANCELLED;

    /** The statuses a registration in this one may move to. */
    public Set<RegistrationStatus> next() {
        return switch (this) {
            case CONFIRMED -> EnumSet.of(CANCELLED);
            case CANCELLED -> EnumSet.noneOf(RegistrationStatus.class);
        };
    }
}
