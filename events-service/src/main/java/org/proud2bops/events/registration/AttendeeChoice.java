package org.proud2bops.events.registration;

import java.util.UUID;

/**
 * Whom a registration is for: a member by id, a guest by name and email, or (neither given) the caller themself.
 */
public record AttendeeChoice(UUID memberId, Guest guest) {

    public record Guest(String name, String email, String organisation) {}

    public boolean namesNobody() {
        return memberId == null && guest == null;
    }
}
