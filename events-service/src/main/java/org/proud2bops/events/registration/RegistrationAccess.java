package org.proud2bops.events.registration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.proud2bops.events.event.Audience;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberProfile;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who may register whom, and see or cancel which registration. Admins and events admins: every event. A lead of the
 * hosting network (the network-lead role, and the networks projection says they lead it): that network's events. A
 * regional network's client: events its region's networks host. A member: their own place only. Anything else looks
 * like a registration that does not exist. The event's audience decides who may come: guests only at events open to
 * guests; at an event by invitation only its managers (events admins and admins, the hosting network's leads) register
 * people, so neither members themselves nor regional clients do.
 */
@ApplicationScoped
public class RegistrationAccess {

    private final EventAccess eventAccess;

    public RegistrationAccess(EventAccess eventAccess) {
        this.eventAccess = eventAccess;
    }

    /**
     * In which capacity the caller registers for this event; 403 when they may not register anyone for it.
     * {@code ownProfile} is the member profile linked to the caller's sign-in, if any.
     */
    public Registrant registrantFor(
            Caller caller, Event event, AttendeeChoice attendee, Optional<MemberProfile> ownProfile) {
        return registrantFor(caller, LedNetworks.NONE, event, attendee, ownProfile);
    }

    /**
     * As {@link #registrantFor(Caller, Event, AttendeeChoice, Optional)}, for a caller who leads the networks in
     * {@code led}: a lead of the event's hosting network registers others as NETWORK_LEAD, and themself as a member.
     */
    public Registrant registrantFor(
            Caller caller, LedNetworks led, Event event, AttendeeChoice attendee, Optional<MemberProfile> ownProfile) {
        if (eventAccess.runsEvents(caller)) {
            return Registrant.ADMIN;
        }
        if (eventAccess.leadsNetwork(caller, led, event.hostNetwork) && namesSomeoneElse(attendee, ownProfile)) {
            return Registrant.NETWORK_LEAD;
        }
        Optional<Region> clientRegion = regionOf(caller);
        if (clientRegion.isPresent()) {
            if (event.region != clientRegion.get()) {
                throw Problems.forbidden(
                        "This client registers attendees for events hosted in " + clientRegion.get() + " only");
            }
            return Registrant.REGIONAL_NETWORK;
        }
        if (caller.hasRole(Roles.MEMBER)) {
            if (namesSomeoneElse(attendee, ownProfile)) {
                throw Problems.forbidden("Members register themselves only; send no attendee");
            }
            return Registrant.SELF;
        }
        throw Problems.forbidden("Only members, events admins and regional networks register for events");
    }

    private static boolean namesSomeoneElse(AttendeeChoice attendee, Optional<MemberProfile> ownProfile) {
        return attendee.guest() != null
                || (attendee.memberId() != null
                        && !ownProfile
                                .map(own -> own.memberId.equals(attendee.memberId()))
                                .orElse(false));
    }

    /**
     * 403 unless the caller may register other people for this event (what sending a batch needs): events admins and
     * admins, a lead of the hosting network, a regional client for its region's events.
     */
    public void requireRegistersOthersFor(Caller caller, LedNetworks led, Event event) {
        if (eventAccess.manages(caller, led, event)) {
            return;
        }
        Region clientRegion = regionOf(caller)
                .orElseThrow(() -> Problems.forbidden("Only events admins, the hosting network's leads and regional "
                        + "networks register other people for an event"));
        if (event.region != clientRegion) {
            throw Problems.forbidden("This client registers attendees for events hosted in " + clientRegion + " only");
        }
    }

    /**
     * The event's audience admits the attendee, registered in this capacity: a guest only at an event open to guests
     * (409 guests-not-admitted); at an event by invitation only its managers register anyone (403 by-invitation-only
     * for a member registering themself and for a regional client).
     */
    public void requireAudienceAdmits(Event event, Registrant registrant, AttendeeChoice attendee) {
        if (attendee.guest() != null && event.audience != Audience.OPEN_TO_GUESTS) {
            throw Problems.of(
                    ProblemType.GUESTS_NOT_ADMITTED,
                    "The event is " + event.audience + ": only members come, so no guest is registered",
                    "guest");
        }
        boolean byManager = registrant == Registrant.ADMIN || registrant == Registrant.NETWORK_LEAD;
        if (event.audience == Audience.BY_INVITATION && !byManager) {
            throw Problems.of(
                    ProblemType.BY_INVITATION_ONLY,
                    "The event is by invitation: events admins and the hosting network's leads register its "
                            + "attendees");
        }
    }

    /**
     * Whether the caller may name this member as an attendee. A regional client: only active members of its own
     * region who opted into the directory; any other member looks as if it did not exist, so acting on an id tells it
     * nothing about them.
     */
    public boolean mayName(Caller caller, MemberProfile member) {
        return regionOf(caller)
                .map(region -> region == member.region && member.isInDirectory())
                .orElse(true);
    }

    /**
     * How much the caller sees of member attendees. A regional client sees a member attendee only while they are
     * active and in the directory; otherwise the registration shows neither their id nor their name.
     */
    public AttendeeView attendeeViewOf(Caller caller) {
        return regionOf(caller).isPresent() ? AttendeeView.DIRECTORY_MEMBERS_ONLY : AttendeeView.EVERY_ATTENDEE;
    }

    public boolean mayManage(Caller caller, Registration registration) {
        return mayManage(caller, LedNetworks.NONE, registration);
    }

    /** Whether the caller may see and cancel the registration: also a lead of its event's hosting network. */
    public boolean mayManage(Caller caller, LedNetworks led, Registration registration) {
        if (eventAccess.manages(caller, led, registration.event)) {
            return true;
        }
        Optional<Region> clientRegion = regionOf(caller);
        if (clientRegion.isPresent()) {
            return registration.event.region == clientRegion.get();
        }
        return registration.member != null
                && caller.subject() != null
                && caller.subject().equals(registration.member.accountSubject);
    }

    /** 403 unless the caller may see every registration for this event. */
    public void requireAttendeeListOf(Caller caller, Event event) {
        requireAttendeeListOf(caller, LedNetworks.NONE, event);
    }

    /** 403 unless the caller may see every registration for this event: also a lead of its hosting network. */
    public void requireAttendeeListOf(Caller caller, LedNetworks led, Event event) {
        if (eventAccess.manages(caller, led, event)) {
            return;
        }
        Region clientRegion = regionOf(caller)
                .orElseThrow(() -> Problems.forbidden("Only events admins, the hosting network's leads and the "
                        + "hosting region's network see an event's registrations"));
        if (event.region != clientRegion) {
            throw Problems.forbidden("This client sees registrations for events hosted in " + clientRegion + " only");
        }
    }

    private static Optional<Region> regionOf(Caller caller) {
        return caller.regionalNetworkRegion(Region.class);
    }
}
