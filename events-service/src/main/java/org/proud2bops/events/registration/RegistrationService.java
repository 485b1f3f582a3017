package org.proud2bops.events.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.proud2bops.events.event.Audience;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.event.EventChanged;
import org.proud2bops.events.event.EventRepository;
import org.proud2bops.events.event.EventStatus;
import org.proud2bops.events.event.RegistrationWindow;
import org.proud2bops.events.memberprofile.MemberProfile;
import org.proud2bops.events.memberprofile.MemberProfileRepository;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.events.network.NetworkService;
import org.proud2bops.events.question.RegistrationAnswers;
import org.proud2bops.events.waitlist.WaitingList;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * Places at events. Every change to an event's places takes the event's row lock first, then checks and writes in
 * the same transaction, so concurrent registrations can never oversell it or give one person two places. A full event
 * puts the person on its waiting list; a place given back goes to the first in line ({@link WaitingList}).
 */
@ApplicationScoped
public class RegistrationService {

    /**
     * What replaces an erased member's sign-in where a registration records who made it. The members service writes
     * the same word where its own records name an erased member as the actor; each service keeps its own constant.
     */
    static final String ERASED_REGISTRANT = "erased-member";

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final MemberProfileRepository profiles;
    private final EventAccess eventAccess;
    private final RegistrationAccess access;
    private final RegistrationEvents registrationEvents;
    private final WaitingList waitingList;
    private final Clock clock;
    private final NetworkService networks;

    /** Tells the sessions that a registration was cancelled, so its sessions' places are released with it. */
    @Inject
    jakarta.enterprise.event.Event<PlaceGivenBack> placesGivenBack;

    /** Tells the sessions that a cancelled event's registrations were all cancelled, so their places are released. */
    @Inject
    jakarta.enterprise.event.Event<EventRegistrationsCancelled> registrationsOfEventCancelled;

    public RegistrationService(
            EventRepository events,
            RegistrationRepository registrations,
            MemberProfileRepository profiles,
            EventAccess eventAccess,
            RegistrationAccess access,
            RegistrationEvents registrationEvents,
            WaitingList waitingList,
            NetworkService networks,
            Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.profiles = profiles;
        this.eventAccess = eventAccess;
        this.access = access;
        this.registrationEvents = registrationEvents;
        this.waitingList = waitingList;
        this.clock = clock;
        this.networks = networks;
    }

    /**
     * Registers the attendee: checked first without the event's row lock, then a place taken in one conditional
     * statement while one is left (most of a summit's registrations); a full event, or one changed since it was read,
     * is decided again under the row lock, where the waiting list is kept.
     */
    @Transactional
    public SeenRegistration register(Caller caller, UUID eventId, AttendeeChoice attendee) {
        LedNetworks led = networks.ledBy(caller);
        Event event = events.findByIdOptional(eventId)
                .filter(found -> eventAccess.maySee(caller, led, found))
                .orElseThrow(() -> Problems.notFound("Event", eventId));
        Registration registration = checked(caller, led, event, attendee);
        if (events.takePlace(event, clock.instant())) {
            registration.status = RegistrationStatus.CONFIRMED;
            registrations.persist(registration);
            registrations.flush();
            registrationEvents.confirmed(registration);
            return seenBy(caller, registration);
        }
        events.lockFresh(event);
        if (!eventAccess.maySee(caller, led, event)) {
            throw Problems.notFound("Event", eventId);
        }
        return seenBy(caller, registerChecked(event, checked(caller, led, event, attendee)));
    }

    /**
     * What {@link #register} would make for this attendee at this event, checked by the same rules (who may register
     * whom, the event's audience, an open event, an active member, no place held yet) but neither written nor
     * counted: the problem that registering would raise is thrown instead. Whether it would be confirmed or waitlisted
     * is the event's {@code placesLeft()} at the time (bulk registration's dry run). Not transactional itself (run it
     * in the caller's transaction), so a refusal does not mark that transaction for rollback. {@link #registerChecked}
     * writes it.
     */
    public Registration wouldRegister(Caller caller, Event event, AttendeeChoice attendee) {
        return checked(caller, networks.ledBy(caller), event, attendee);
    }

    /**
     * Writes a registration {@link #wouldRegister} checked at the event whose row lock the caller holds (taken before
     * the check): confirmed while places are left, otherwise waitlisted, and published either way.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Registration registerChecked(Event event, Registration registration) {
        // Places are left only while nobody waits (WaitingList fills every freed place), so nobody is passed over.
        if (event.placesLeft() > 0) {
            registration.status = RegistrationStatus.CONFIRMED;
            registrations.persist(registration);
            event.placesTaken++;
            events.flush();
            registrationEvents.confirmed(registration);
        } else {
            registration.status = RegistrationStatus.WAITLISTED;
            registrations.persist(registration);
            events.flush();
            registrations.reload(registration);
            registrationEvents.waitlisted(registration);
        }
        return registration;
    }

    private Registration checked(Caller caller, LedNetworks led, Event event, AttendeeChoice attendee) {
        // Events admins register in no capacity of their own: their profile is not needed
        Optional<MemberProfile> ownProfile = eventAccess.runsEvents(caller) ? Optional.empty() : ownProfile(caller);
        Registrant registrant = access.registrantFor(caller, led, event, attendee, ownProfile);
        access.requireAudienceAdmits(event, registrant, attendee);
        requireOpen(event);
        Map<String, String> answers = RegistrationAnswers.checked(event.questions, attendee.answers());
        Registration registration = new Registration();
        registration.answers = answers.isEmpty() ? null : answers;
        registration.id = UUID.randomUUID();
        registration.event = event;
        if (registrant == Registrant.SELF) {
            registration.member = activeOwn(ownProfile);
        } else {
            fillAttendee(caller, registration, attendee);
        }
        requireNoPlaceYet(registration);
        registration.registeredBy = caller.subject();
        registration.registeredAs = registrant;
        registration.registeredAt = Instant.now();
        return registration;
    }

    @Transactional
    public Optional<SeenRegistration> cancel(Caller caller, UUID eventId, UUID registrationId) {
        return findManaged(caller, eventId, registrationId).map(registration -> {
            lockEventAndReload(registration);
            if (!registration.status.next().contains(RegistrationStatus.CANCELLED)) {
                throw Problems.of(
                        ProblemType.TRANSITION_NOT_ALLOWED,
                        "The registration was already cancelled at " + registration.cancelledAt);
            }
            giveBack(registration);
            registrations.flush();
            return seenBy(caller, registration);
        });
    }

    /**
     * Takes the row lock of the registration's event and reads both again, so a change to the registration that
     * follows sees them as they are now and no concurrent change of the event's places is overwritten.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Registration lockEventAndReload(Registration registration) {
        events.lockFresh(registration.event);
        return registrations.reload(registration);
    }

    /**
     * An erased member's places at events still to come go back to the events (each to the first in line), they leave
     * every waiting list, their sign-in no longer appears as the maker of any registration, and the answers they gave
     * to events' registration questions are removed from every registration of theirs, past events' included.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releasePlacesOf(MemberProfile member) {
        registrations.upcomingPlacesOf(member.memberId, Instant.now()).forEach(registration -> {
            events.lockFresh(registration.event);
            giveBack(registration);
            registration.answers = null;
        });
        if (member.accountSubject != null) {
            registrations.forgetRegistrant(member.accountSubject, ERASED_REGISTRANT);
        }
        // Answers (access or dietary needs) are the member's personal data, at past events too
        registrations.flush();
        registrations.forgetAnswersOf(member.memberId);
    }

    /**
     * A member whose membership lapsed, was suspended or ended loses their places, and their places on waiting lists,
     * at members-only events still to come (each freed place to the first in line); places at events of other
     * audiences are kept. Applying it again finds nothing more to release.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseMembersOnlyPlacesOf(MemberProfile member) {
        registrations.upcomingPlacesOf(member.memberId, Instant.now()).stream()
                .filter(registration -> registration.event.audience == Audience.MEMBERS_ONLY)
                .forEach(registration -> {
                    lockEventAndReload(registration);
                    if (RegistrationStatus.LIVE.contains(registration.status)) {
                        giveBack(registration);
                    }
                });
    }

    /**
     * A cancelled event's registrations are cancelled with it, places and places on its waiting list alike, each with
     * a RegistrationCancelled fact, so every attendee is told; nobody is promoted (the event takes nobody). The event's
     * row is locked by the change that cancelled it; a cancelled event is final (EventStatus). A summit has thousands
     * of registrations, so they are read in one query and written in one flush, before their sessions' places are
     * released (a booking locks its registration's row before its session's, and so does this).
     */
    void onEventChanged(@Observes EventChanged changed) {
        Event event = changed.event();
        if (event.status != EventStatus.CANCELLED) {
            return;
        }
        Instant now = clock.instant();
        for (Registration registration :
                registrations.ofEventIn(event.id, RegistrationStatus.LIVE).list()) {
            cancel(registration, now);
        }
        registrations.flush();
        registrationsOfEventCancelled.fire(new EventRegistrationsCancelled(event, now));
    }

    /**
     * A guest's erasure: the place they hold, or wait for, at an event still to come goes back to the event (to the
     * first in line) or leaves the waiting list; at an event that has started it stays as it is (it records who came).
     * The caller holds the event's row lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releasePlaceOfGuest(Registration registration, Instant now) {
        if (RegistrationStatus.LIVE.contains(registration.status) && registration.event.startsAt.isAfter(now)) {
            giveBack(registration);
        }
    }

    /** The registration, if the caller may see it; otherwise nothing, as if it did not exist. */
    public Optional<SeenRegistration> find(Caller caller, UUID eventId, UUID registrationId) {
        return findManaged(caller, eventId, registrationId).map(registration -> seenBy(caller, registration));
    }

    /**
     * The event's attendee list: confirmed and waitlisted registrations, and cancelled ones too when included, or only
     * the registrations in {@code status} when it is given (WAITLISTED: the waiting list, next in line first); 404 for
     * an event the caller may not see, 403 for one whose list is not theirs.
     */
    public SeenRegistrations ofEvent(
            Caller caller, UUID eventId, CancelledRegistrations cancelled, RegistrationStatus status) {
        LedNetworks led = networks.ledBy(caller);
        Event event = events.findByIdOptional(eventId)
                .filter(found -> eventAccess.maySee(caller, led, found))
                .orElseThrow(() -> Problems.notFound("Event", eventId));
        access.requireAttendeeListOf(caller, led, event);
        Set<RegistrationStatus> listed = status != null
                ? EnumSet.of(status)
                : switch (cancelled) {
                    case LEFT_OUT -> RegistrationStatus.LIVE;
                    case INCLUDED -> EnumSet.allOf(RegistrationStatus.class);
                };
        return new SeenRegistrations(registrations.ofEventIn(eventId, listed), access.attendeeViewOf(caller));
    }

    /** The caller's own registrations; none when no member profile is linked to their sign-in yet. */
    public Optional<SeenRegistrations> own(Caller caller) {
        return ownProfile(caller)
                .map(profile ->
                        new SeenRegistrations(registrations.ofMember(profile.memberId), access.attendeeViewOf(caller)));
    }

    private Optional<Registration> findManaged(Caller caller, UUID eventId, UUID registrationId) {
        return registrations
                .findWithAttendee(registrationId)
                .filter(found ->
                        found.event.id.equals(eventId) && access.mayManage(caller, networks.ledBy(caller), found));
    }

    private SeenRegistration seenBy(Caller caller, Registration registration) {
        return new SeenRegistration(registration, access.attendeeViewOf(caller));
    }

    private Optional<MemberProfile> ownProfile(Caller caller) {
        return Optional.ofNullable(caller.subject()).flatMap(profiles::findByAccountSubject);
    }

    /**
     * Cancels the registration, whose event's row lock the caller holds; a place it held goes to the first in line,
     * if anyone waits.
     */
    private void giveBack(Registration registration) {
        RegistrationStatus previous = cancel(registration, clock.instant());
        placesGivenBack.fire(new PlaceGivenBack(registration));
        if (previous == RegistrationStatus.CONFIRMED) {
            waitingList.fillFreePlaces(registration.event);
        }
    }

    /** Cancels the registration and tells its attendee; what it held before: a place, or a place in line. */
    private RegistrationStatus cancel(Registration registration, Instant at) {
        RegistrationStatus previous = registration.status;
        if (previous == RegistrationStatus.CONFIRMED) {
            registration.event.placesTaken--;
        }
        registration.status = RegistrationStatus.CANCELLED;
        registration.cancelledAt = at;
        registrationEvents.cancelled(registration, previous);
        return previous;
    }

    private void requireOpen(Event event) {
        RegistrationWindow.requireOpen(event, clock.instant());
    }

    private static MemberProfile activeOwn(Optional<MemberProfile> ownProfile) {
        MemberProfile own = ownProfile.orElseThrow(() -> Problems.forbidden(
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
                    registration.attendeeName() + " already holds a place at this event, or waits for one");
        }
    }
}
