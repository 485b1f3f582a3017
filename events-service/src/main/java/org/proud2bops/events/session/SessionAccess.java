package org.proud2bops.events.session;

import jakarta.enterprise.context.ApplicationScoped;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationAccess;
import org.proud2bops.platform.security.Caller;

/**
 * Who sees and manages an event's program, books sessions, and works a session's door. Anyone who may see the event
 * sees its streams, sessions and session settings (an online link only for those who run events, and for attendees in
 * their own confirmed booking); those who run events (events admins and admins) manage them and work the doors;
 * whoever may manage a registration (the attending member, those who run events, the hosting region's client) books
 * and gives up its sessions.
 */
@ApplicationScoped
public class SessionAccess {

    private final EventAccess eventAccess;
    private final RegistrationAccess registrationAccess;

    public SessionAccess(EventAccess eventAccess, RegistrationAccess registrationAccess) {
        this.eventAccess = eventAccess;
        this.registrationAccess = registrationAccess;
    }

    public boolean maySeeProgramOf(Caller caller, Event event) {
        return eventAccess.maySee(caller, event);
    }

    public boolean mayManageProgram(Caller caller) {
        return eventAccess.runsEvents(caller);
    }

    /** Whether the caller sees every session's online link (not only those of their own confirmed bookings). */
    public boolean seesEveryOnlineLink(Caller caller) {
        return eventAccess.runsEvents(caller);
    }

    public boolean mayBookFor(Caller caller, Registration registration) {
        return registrationAccess.mayManage(caller, registration);
    }

    public boolean worksTheDoor(Caller caller) {
        return eventAccess.runsEvents(caller);
    }
}
