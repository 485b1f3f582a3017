package org.proud2bops.events.registration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberProfile;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who may register whom, and see or cancel which registration. Admins and events admins: every event. A regional
 * network's client: events its region's networks host. A member: their own place only. Anything else looks like a
 * registration that does not exist.
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
        if (eventAccess.runsEvents(caller)) {
            return Registrant.ADMIN;
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
            boolean namesSomeoneElse = attendee.guest() != null
                    || (attendee.memberId() != null
                            && !ownProfile
                                    .map(own -> own.memberId.equals(attendee.memberId()))
                                    .orElse(false));
            if (namesSomeoneElse) {
                throw Problems.forbidden("Members register themselves only; send no attendee");
            }
            return Registrant.SELF;
        }
        throw Problems.forbidden("Only members, events admins and regional networks register for events");
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
        if (eventAccess.runsEvents(caller)) {
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
        if (eventAccess.runsEvents(caller)) {
            return;
        }
        Region clientRegion = regionOf(caller)
                .orElseThrow(() -> Problems.forbidden(
                        "Only events admins and the hosting region's network see an event's registrations"));
        if (event.region != clientRegion) {
            throw Problems.forbidden("This client sees registrations for events hosted in " + clientRegion + " only");
        }
    }

    private static Optional<Region> regionOf(Caller caller) {
        return caller.regionalNetworkRegion(Region.class);
    }
}
