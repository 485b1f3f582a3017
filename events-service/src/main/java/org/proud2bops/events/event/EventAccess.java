package org.proud2bops.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who sees and manages which events: anyone sees published ones; events admins and admins run events and see and
 * manage every one, drafts and cancelled events included; a network lead (the network-lead role, and the networks
 * projection says they lead the hosting network) sees and manages their own network's events, and nothing of any
 * other network beyond what anyone sees (published and completed events). An event a caller may not see looks as if it
 * did not exist. An event's online joining link goes with the event only to those who manage it (attendees see it with
 * their confirmed registration).
 */
@ApplicationScoped
public class EventAccess {

    public boolean runsEvents(Caller caller) {
        return caller.isAdmin() || caller.hasRole(Roles.EVENTS_ADMIN);
    }

    /** Whether the caller leads the network with this slug: their role and the networks they lead say so. */
    public boolean leadsNetwork(Caller caller, LedNetworks led, String networkSlug) {
        return caller.hasRole(Roles.NETWORK_LEAD) && led.includes(networkSlug);
    }

    /** Whether the caller manages the event: changes it, sees its attendees, exports them, works its desk. */
    public boolean manages(Caller caller, LedNetworks led, Event event) {
        return runsEvents(caller) || leadsNetwork(caller, led, event.hostNetwork);
    }

    /** Whether the caller manages no event at all, so sees every event as anyone does (no online link). */
    public boolean managesNone(Caller caller, LedNetworks led) {
        return !runsEvents(caller)
                && !(caller.hasRole(Roles.NETWORK_LEAD) && !led.slugs().isEmpty());
    }

    /** Whether the caller may create (or move) an event hosted by this network (null: no hosting network named). */
    public boolean mayHost(Caller caller, LedNetworks led, String hostNetwork) {
        return runsEvents(caller) || leadsNetwork(caller, led, hostNetwork);
    }

    public boolean maySee(Caller caller, Event event) {
        return maySee(caller, LedNetworks.NONE, event);
    }

    public boolean maySee(Caller caller, LedNetworks led, Event event) {
        return maySeeEventsIn(caller, event.status) || manages(caller, led, event);
    }

    /** Whether the caller may see (and list) every event in this status. */
    public boolean maySeeEventsIn(Caller caller, EventStatus status) {
        return EventStatus.PUBLIC.contains(status) || runsEvents(caller);
    }

    /**
     * Which events in this status the caller lists: every one ({@link ListedHosts#EVERY}) when they see every event in
     * it; a network lead who leads a network, only the events hosted by the networks they lead (drafts and cancelled
     * events included); anyone else nothing (empty: refused).
     */
    public Optional<ListedHosts> listing(Caller caller, LedNetworks led, EventStatus status) {
        if (maySeeEventsIn(caller, status)) {
            return Optional.of(ListedHosts.EVERY);
        }
        if (caller.hasRole(Roles.NETWORK_LEAD) && !led.slugs().isEmpty()) {
            return Optional.of(ListedHosts.only(led.slugs()));
        }
        return Optional.empty();
    }

    /** Whether the caller sees the event's online joining link with the event itself: whoever manages it. */
    public boolean seesOnlineLink(Caller caller, LedNetworks led, Event event) {
        return manages(caller, led, event);
    }
}
