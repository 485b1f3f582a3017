package org.proud2bops.events.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.platform.security.Caller;

/**
 * Who works the check-in desk and who gets a registration's check-in code. The desk (scanning, looking attendees up,
 * attendance) is for those who manage the event: events admins and admins, any event; a network lead, the events of a
 * network they lead. A check-in code is for the attending member themself and for those who work the event's desk; a
 * regional network's client sees the registration but not its code.
 */
@ApplicationScoped
public class CheckInAccess {

    private final EventAccess eventAccess;

    public CheckInAccess(EventAccess eventAccess) {
        this.eventAccess = eventAccess;
    }

    public boolean worksTheDesk(Caller caller) {
        return eventAccess.runsEvents(caller);
    }

    /** Whether the caller works this event's desk: those who run events, and the hosting network's leads. */
    public boolean worksTheDeskOf(Caller caller, LedNetworks led, Event event) {
        return eventAccess.manages(caller, led, event);
    }

    /**
     * Whether the caller gets the registration's check-in code (and its QR image): the attending member, and those who
     * work its event's desk (events admins and admins; the hosting network's leads), who check the holder in anyway.
     */
    public boolean mayGetCode(Caller caller, LedNetworks led, Registration registration) {
        return worksTheDeskOf(caller, led, registration.event)
                || (registration.member != null
                        && caller.subject() != null
                        && caller.subject().equals(registration.member.accountSubject));
    }
}
