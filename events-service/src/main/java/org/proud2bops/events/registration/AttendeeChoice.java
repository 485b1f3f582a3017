package org.proud2bops.events.registration;

import java.util.Map;
import java.util.UUID;

/**
 * Whom a registration is for: a member by id, a guest by name and email, or (neither given) the caller themself; with
 * the answers to the event's registration questions, by question key (none: null or empty).
 */
public record AttendeeChoice(UUID memberId, Guest guest, Map<String, String> answers) {

    /** Whom a registration is for, answering no question. */
    public AttendeeChoice(UUID memberId, Guest guest) {
        this(memberId, guest, null);
    }

    public record Guest(String name, String email, String organisation) {}

    public boolean namesNobody() {
        return memberId == null && guest == null;
    }
}
