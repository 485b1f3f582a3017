package org.proud2bops.content.event;

import java.util.List;

/** An event as this service knows it, with its sessions that are fully booked (soonest first). */
public record RelatedEventView(RelatedEvent event, List<FullyBookedSession> fullyBookedSessions) {

    public RelatedEventView {
        fullyBookedSessions = List.copyOf(fullyBookedSessions);
    }

    /** Moves at every change of the event or of its sessions' places: what a response showing it includes in its ETag. */
    public long changeNumber() {
        return event.changeNumber;
    }
}
