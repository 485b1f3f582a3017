package org.proud2bops.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who sees which events: anyone sees published ones; events admins and admins run events and see every one, drafts
 * and cancelled events included. An event a caller may not see looks as if it did not exist.
 */
@ApplicationScoped
public class EventAccess {

    public boolean runsEvents(Caller caller) {
        return caller.isAdmin() || caller.hasRole(Roles.EVENTS_ADMIN);
    }

    public boolean maySee(Caller caller, Event event) {
        return maySeeEventsIn(caller, event.status);
    }

    /** Whether the caller may see (and list) events in this status. */
    public boolean maySeeEventsIn(Caller caller, EventStatus status) {
        return status == EventStatus.PUBLISHED || runsEvents(caller);
    }
}
