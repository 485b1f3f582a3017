package org.proud2bops.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who sees which events: anyone sees published ones (and completed ones); events admins and admins run events and see
 * every one, drafts and cancelled events included. An event a caller may not see looks as if it did not exist. An
 * event's online joining link is for those who run events (attendees see it with their confirmed registration).
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
        return EventStatus.PUBLIC.contains(status) || runsEvents(caller);
    }

    /** Whether the caller sees an event's online joining link with the event itself. */
    public boolean seesOnlineLink(Caller caller) {
        return runsEvents(caller);
    }
}
