package org.proud2bops.events.network;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of the members service's NetworkMembershipChanged payload. */
public record NetworkMembershipChanged(String networkSlug, UUID memberId, Change change, boolean lead, Instant at) {

    public enum Change {
        JOINED,
        LEFT,
        LEAD_APPOINTED,
        LEAD_STOOD_DOWN
    }
}
