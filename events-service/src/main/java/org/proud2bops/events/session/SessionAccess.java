package org.proud2bops.events.session;

import jakarta.enterprise.context.ApplicationScoped;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationAccess;
import org.proud2bops.platform.security.Caller;

/**
 * Who sees and manages an event's program, books sessions, and works a session's door. Anyone who may see the event
 * sees its streams, sessions and session settings (an online link only those who manage the event, and attendees in
 * their own confirmed booking); those who manage the event (events admins and admins; a lead of its hosting network,
 * {@code led} being the networks the caller leads) change the program and work the sessions' doors; whoever may manage
 * a registration (the attending member, those who manage the event, the hosting region's client) books and gives up
 * its sessions.
 */
@ApplicationScoped
public class SessionAccess {

    private final EventAccess eventAccess;
    private final RegistrationAccess registrationAccess;

    public SessionAccess(EventAccess eventAccess, RegistrationAccess registrationAccess) {
        this.eventAccess = eventAccess;
        this.registrationAccess = registrationAccess;
    }

    public boolean maySeeProgramOf(Caller caller, LedNetworks led, Event event) {
        return eventAccess.maySee(caller, led, event);
    }

    public boolean managesProgramOf(Caller caller, LedNetworks led, Event event) {
        return eventAccess.manages(caller, led, event);
    }

    /** Whether the caller sees every online link of the event's sessions (not only those of their own bookings). */
    public boolean seesEveryOnlineLinkOf(Caller caller, LedNetworks led, Event event) {
        return eventAccess.manages(caller, led, event);
    }

    public boolean mayBookFor(Caller caller, LedNetworks led, Registration registration) {
        return registrationAccess.mayManage(caller, led, registration);
    }

    public boolean worksTheDoorOf(Caller caller, LedNetworks led, Event event) {
        return eventAccess.manages(caller, led, event);
    }
}
