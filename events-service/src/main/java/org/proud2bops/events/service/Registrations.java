package org.proud2bops.events.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.events.domain.Event;
import org.proud2bops.events.domain.EventRepository;
import org.proud2bops.events.domain.EventStatus;
import org.proud2bops.events.domain.MemberProfile;
import org.proud2bops.events.domain.MemberProfileRepository;
import org.proud2bops.events.domain.Registrant;
import org.proud2bops.events.domain.Registration;
import org.proud2bops.events.domain.RegistrationRepository;
import org.proud2bops.events.domain.RegistrationStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * Places at events. Every change to an event's places takes the event's row lock first, then checks and writes in
 * the same transaction, so concurrent registrations can never oversell it or give one person two places.
 */
@ApplicationScoped
public class Registrations {

    static final String ERASED_REGISTRANT = "erased-member";

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final MemberProfileRepository profiles;
    private final RegistrationAccess access;
    private final RegistrationChangeEvents changeEvents;

    public Registrations(
            EventRepository events,
            RegistrationRepository registrations,
            MemberProfileRepository profiles,
            RegistrationAccess access,
            RegistrationChangeEvents changeEvents) {
        this.events = events;
        this.registrations = registrations;
        this.profiles = profiles;
        this.access = access;
        this.changeEvents = changeEvents;
    }

    @Transactional
    public Registration register(Caller caller, UUID eventId, AttendeeChoice attendee) {
        Event event = events.findForUpdate(eventId)
                .filter(found -> isVisibleTo(caller, found))
                .orElseThrow(() -> Problems.notFound("Event", eventId));
        Registrant registrant = access.registrantFor(caller, event, attendee);
        requireOpen(event);
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.event = event;
        if (registrant == Registrant.SELF) {
            registration.member = ownActiveProfile(caller);
        } else {
            fillAttendee(caller, registration, attendee);
        }
        requireNoPlaceYet(registration);
        if (event.placesLeft() <= 0) {
            throw Problems.of(ProblemType.EVENT_FULL, "The event is fully booked (" + event.capacity + " places)");
        }
        registration.status = RegistrationStatus.CONFIRMED;
        registration.registeredBy = caller.subject();
        registration.registeredAs = registrant;
        registration.registeredAt = Instant.now();
        registrations.persist(registration);
        event.placesTaken++;
        events.flush();
        changeEvents.confirmed(registration);
        return registration;
    }

    @Transactional
    public Optional<Registration> cancel(Caller caller, UUID eventId, UUID registrationId) {
        return find(caller, eventId, registrationId).map(registration -> {
            if (!registration.isConfirmed()) {
                throw Problems.of(
                        ProblemType.TRANSITION_NOT_ALLOWED,
                        "The registration was already cancelled at " + registration.cancelledAt);
            }
            giveBack(registration);
            registrations.flush();
            return registration;
        });
    }

    /**
     * An erased member's places at events still to come go back to the events, and their sign-in no longer appears
     * as the maker of any registration.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releasePlacesOf(MemberProfile member) {
        registrations.upcomingPlacesOf(member.memberId, Instant.now()).forEach(this::giveBack);
        if (member.accountSubject != null) {
            registrations.forgetRegistrant(member.accountSubject, ERASED_REGISTRANT);
        }
    }

    /** The registration, if the caller may see it; otherwise nothing, as if it did not exist. */
    public Optional<Registration> find(Caller caller, UUID eventId, UUID registrationId) {
        return registrations
                .findWithAttendee(registrationId)
                .filter(found -> found.event.id.equals(eventId) && access.mayManage(caller, found));
    }

    public PanacheQuery<Registration> ofEvent(Caller caller, UUID eventId, boolean includeCancelled) {
        Event event = events.findByIdOptional(eventId)
                .filter(found -> isVisibleTo(caller, found))
                .orElseThrow(() -> Problems.notFound("Event", eventId));
        access.requireAttendeeListOf(caller, event);
        return registrations.ofEvent(eventId, includeCancelled);
    }

    /** The caller's own registrations; none when no member profile is linked to their sign-in yet. */
    public Optional<PanacheQuery<Registration>> own(Caller caller) {
        return access.ownProfile(caller).map(profile -> registrations.ofMember(profile.memberId));
    }

    private void giveBack(Registration registration) {
        events.lockFresh(registration.event).placesTaken--;
        registration.status = RegistrationStatus.CANCELLED;
        registration.cancelledAt = Instant.now();
        changeEvents.cancelled(registration);
    }

    private static boolean isVisibleTo(Caller caller, Event event) {
        return event.status == EventStatus.PUBLISHED || RegistrationAccess.runsEvents(caller);
    }

    private static void requireOpen(Event event) {
        if (event.status != EventStatus.PUBLISHED) {
            throw Problems.of(
                    ProblemType.REGISTRATION_CLOSED, "The event is " + event.status + ", not open for registration");
        }
        if (!event.startsAt.isAfter(Instant.now())) {
            throw Problems.of(
                    ProblemType.REGISTRATION_CLOSED, "Registration closed when the event started at " + event.startsAt);
        }
    }

    private MemberProfile ownActiveProfile(Caller caller) {
        MemberProfile own = access.ownProfile(caller)
                .orElseThrow(
                        () -> Problems.forbidden(
                                "No membership is linked to your sign-in yet; sign in to the members API first (GET /api/members/me)"));
        if (!own.isActive()) {
            throw Problems.forbidden("Only active members register; your membership is " + own.status);
        }
        return own;
    }

    private void fillAttendee(Caller caller, Registration registration, AttendeeChoice attendee) {
        if (attendee.namesNobody() || (attendee.memberId() != null && attendee.guest() != null)) {
            throw Problems.badRequest("Name the attendee: either memberId or guest", "memberId");
        }
        if (attendee.memberId() != null) {
            MemberProfile member = profiles.findByIdOptional(attendee.memberId())
                    .filter(found -> access.mayName(caller, found))
                    .orElseThrow(() -> Problems.notFound("Member", attendee.memberId()));
            if (!member.isActive()) {
                throw Problems.of(
                        ProblemType.TRANSITION_NOT_ALLOWED,
                        "Only active members register; this membership is " + member.status);
            }
            registration.member = member;
        } else {
            registration.guestName = attendee.guest().name().strip();
            registration.guestEmail = attendee.guest().email().strip();
            registration.guestOrganisation = attendee.guest().organisation();
        }
    }

    private void requireNoPlaceYet(Registration registration) {
        boolean holdsPlace = registration.member != null
                ? registrations.memberHoldsPlace(registration.event.id, registration.member.memberId)
                : registrations.guestHoldsPlace(registration.event.id, registration.guestEmail);
        if (holdsPlace) {
            throw Problems.of(
                    ProblemType.ALREADY_REGISTERED,
                    registration.attendeeName() + " already holds a place at this event");
        }
    }
}
