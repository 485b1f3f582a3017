package org.proud2bops.events.event;

/** Who may come to an event. */
public enum Audience {
    /** Members and guests (anyone an admin, a regional network's client or a network lead registers). */
    OPEN_TO_GUESTS,
    /** Active members only: no guests; a member whose membership lapses, is suspended or ends loses their place. */
    MEMBERS_ONLY,
    /** Members the event's managers (events admins, the hosting network's lead) register; nobody registers themself. */
    BY_INVITATION;

    /** Whether guests may hold places at an event with this audience: only one open to guests. */
    public boolean admitsGuests() {
        return this == OPEN_TO_GUESTS;
    }
}
