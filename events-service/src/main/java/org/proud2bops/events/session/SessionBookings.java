package org.proud2bops.events.session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventStatus;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.events.network.NetworkService;
import org.proud2bops.events.registration.EventRegistrationsCancelled;
import org.proud2bops.events.registration.PlaceGivenBack;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationRepository;
import org.proud2bops.events.registration.RegistrationStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * Places at sessions, booked by confirmed attendees inside their registration. A booking locks the registration's
 * row, then the session's, and checks and writes under both: a session's capacity is never exceeded, a registration
 * being cancelled gets no new booking, and a cancellation (which writes the registration first, then locks its
 * sessions in id order) never deadlocks with one. A full session puts the person in its line; a freed place goes to
 * the first in line in the same transaction, so while anyone waits no place is left for a newcomer.
 */
@ApplicationScoped
public class SessionBookings {

    private final RegistrationRepository registrations;
    private final SessionRepository sessions;
    private final SessionBookingRepository bookings;
    private final SessionSettingsRepository settings;
    private final SessionAccess access;
    private final SessionEvents sessionEvents;
    private final NetworkService networks;
    private final Clock clock;

    public SessionBookings(
            RegistrationRepository registrations,
            SessionRepository sessions,
            SessionBookingRepository bookings,
            SessionSettingsRepository settings,
            SessionAccess access,
            SessionEvents sessionEvents,
            NetworkService networks,
            Clock clock) {
        this.registrations = registrations;
        this.sessions = sessions;
        this.bookings = bookings;
        this.settings = settings;
        this.access = access;
        this.sessionEvents = sessionEvents;
        this.networks = networks;
        this.clock = clock;
    }

    /**
     * Books the session for the registration: a place while one is left, otherwise a place in the session's line.
     * A registration the caller may not manage is 404; a session of another event, a registration that holds no
     * confirmed place, an event not open, a session that started, one already booked, or one overlapping another of
     * the registration's bookings (unless the event allows it) is a 409 problem, and nothing is written.
     */
    @Transactional
    public SessionBooking book(Caller caller, UUID eventId, UUID registrationId, UUID sessionId) {
        Registration registration = managed(caller, eventId, registrationId);
        bookings.lockRegistration(registration);
        Session session =
                sessions.findByIdOptional(sessionId).orElseThrow(() -> Problems.notFound("Session", sessionId));
        Instant now = clock.instant();
        checked(registration, session, now);
        SessionBooking booking = place(registration, session, now);
        bookings.flush();
        published(booking);
        return booking;
    }

    /**
     * Whether the registration may book the session, by the rules {@link #book} applies; the problem booking would
     * raise is thrown instead. The caller holds the registration's row lock.
     */
    void checked(Registration registration, Session session, Instant now) {
        requireBookable(registration.event, session, now, "sessionId");
        if (registration.status != RegistrationStatus.CONFIRMED) {
            throw Problems.of(
                    ProblemType.TRANSITION_NOT_ALLOWED,
                    "The registration is " + registration.status + "; only a confirmed place books sessions");
        }
        List<Session> held = bookings.liveOfRegistration(registration.id).stream()
                .map(other -> other.session)
                .toList();
        if (held.stream().anyMatch(other -> other.id.equals(session.id))) {
            throw Problems.of(
                    ProblemType.ALREADY_REGISTERED,
                    registration.attendeeName() + " already holds a place at this session, or waits for one",
                    "sessionId");
        }
        requireNoOverlap(registration.event, held, session, "sessionId");
    }

    /**
     * The sessions a row of a bulk registration chooses for the attendee it registers at the event, checked by the
     * rules a booking follows (each a session of the event, open for booking, named once, none overlapping another
     * unless the event allows it); the problem, naming the field {@code sessionIds}, is thrown instead. Nothing is
     * written; {@link #bookChoices} books them once the registration is.
     */
    public List<Session> checkChoices(Event event, List<UUID> sessionIds) {
        Instant now = clock.instant();
        List<Session> chosen = new ArrayList<>();
        for (UUID sessionId : sessionIds) {
            Session session = sessions.findByIdOptional(sessionId)
                    .orElseThrow(() -> Problems.of(
                            ProblemType.NOT_FOUND, "Session " + sessionId + " does not exist", "sessionIds"));
            requireBookable(event, session, now, "sessionIds");
            if (chosen.stream().anyMatch(other -> other.id.equals(session.id))) {
                throw Problems.badRequest("Session " + sessionId + " is named twice", "sessionIds");
            }
            requireNoOverlap(event, chosen, session, "sessionIds");
            chosen.add(session);
        }
        return chosen;
    }

    /**
     * Books sessions checked by {@link #checkChoices} inside a registration just made in this transaction: a place at
     * each while one is left, else a place in its line. Nothing for a registration that is not confirmed (only a
     * confirmed place books sessions). Sessions are locked in id order; the bookings are answered in the order chosen.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SessionBooking> bookChoices(Registration registration, List<Session> chosen) {
        if (registration.status != RegistrationStatus.CONFIRMED || chosen.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<SessionBooking> made = new ArrayList<>(chosen.stream()
                .sorted(Comparator.comparing(session -> session.id))
                .map(session -> place(registration, session, now))
                .toList());
        bookings.flush();
        made.forEach(this::published);
        // Answered in the order chosen
        made.sort(Comparator.comparingInt(booking -> chosen.indexOf(booking.session)));
        return made;
    }

    /** A booking of the session, under its row lock: a place while one is left, else a place in its line. */
    private SessionBooking place(Registration registration, Session session, Instant now) {
        sessions.lockFresh(session);
        SessionBooking booking = new SessionBooking();
        booking.id = UUID.randomUUID();
        booking.session = session;
        booking.registration = registration;
        // PostgreSQL keeps microseconds: the line's order is what the row says
        booking.bookedAt = now.truncatedTo(ChronoUnit.MICROS);
        if (session.placesLeft() > 0) {
            booking.status = SessionBookingStatus.CONFIRMED;
            session.placesTaken++;
        } else {
            booking.status = SessionBookingStatus.WAITLISTED;
        }
        bookings.persist(booking);
        return booking;
    }

    /** Publishes a booking written (and flushed) in this transaction, with its position read back. */
    private void published(SessionBooking booking) {
        bookings.reload(booking, false);
        sessionEvents.booked(booking);
        if (booking.status == SessionBookingStatus.CONFIRMED && booking.session.placesLeft() == 0) {
            sessionEvents.fullyBooked(booking.session, booking.bookedAt);
        }
    }

    private static void requireBookable(Event event, Session session, Instant now, String field) {
        if (!session.eventId.equals(event.id)) {
            throw Problems.of(
                    ProblemType.SESSION_OTHER_EVENT,
                    "Session " + session.id + " (" + session.title + ") belongs to event " + session.eventId
                            + ", not to " + event.id,
                    field);
        }
        if (event.status != EventStatus.PUBLISHED) {
            throw Problems.of(ProblemType.REGISTRATION_CLOSED, "The event is " + event.status + ", not published");
        }
        if (!session.startsAt.isAfter(now)) {
            throw Problems.of(
                    ProblemType.REGISTRATION_CLOSED,
                    "Booking " + session.title + " closed when it started at " + session.startsAt,
                    field);
        }
    }

    private void requireNoOverlap(Event event, List<Session> held, Session session, String field) {
        if (settings.of(event.id).overlapAllowed) {
            return;
        }
        held.stream().filter(session::overlaps).findFirst().ifPresent(other -> {
            throw Problems.of(
                    ProblemType.SESSIONS_OVERLAP,
                    session.title + " is at the same time as " + other.title + " (" + other.startsAt + " to "
                            + other.endsAt + "), and this event does not allow overlapping sessions",
                    field);
        });
    }

    /** Gives up the registration's booking of the session; a freed place goes to the first in the session's line. */
    @Transactional
    public Optional<SessionBooking> cancel(Caller caller, UUID eventId, UUID registrationId, UUID sessionId) {
        Registration registration = managed(caller, eventId, registrationId);
        bookings.lockRegistration(registration);
        return bookings.liveOf(registrationId, sessionId).map(booking -> {
            release(booking, clock.instant());
            bookings.flush();
            return booking;
        });
    }

    /** The registration's booking of the session: the live one, or else the last one given up. */
    public Optional<SessionBooking> find(Caller caller, UUID eventId, UUID registrationId, UUID sessionId) {
        Registration registration = managed(caller, eventId, registrationId);
        List<SessionBooking> ofSession = bookings.ofRegistration(registration.id).stream()
                .filter(booking -> booking.session.id.equals(sessionId))
                .toList();
        // The live booking, if any; otherwise the last one given up
        return ofSession.stream()
                .filter(booking -> SessionBookingStatus.LIVE.contains(booking.status))
                .findFirst()
                .or(() -> ofSession.isEmpty() ? Optional.empty() : Optional.of(ofSession.getLast()));
    }

    /** The registration's bookings, cancelled ones too, in the order of the sessions' times. */
    public PanacheQuery<SessionBooking> ofRegistration(Caller caller, UUID eventId, UUID registrationId) {
        return bookings.ofRegistration(managed(caller, eventId, registrationId).id);
    }

    /**
     * A cancelled registration (or an erased attendee's) gives up its sessions: its places go to the first in each
     * session's line, its places in lines are left. In the cancelling transaction, which holds the event's row lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onPlaceGivenBack(@Observes PlaceGivenBack givenBack) {
        Registration registration = givenBack.registration();
        // Writes the registration's new status first (taking its row lock), as a booking takes that lock first too
        registrations.flush();
        Instant now = clock.instant();
        bookings.liveOfRegistration(registration.id).forEach(booking -> release(booking, now));
    }

    /**
     * A cancelled event's bookings are all given up, in one pass under its sessions' row locks (taken in id order, after
     * the registrations were written): every session is left empty and nobody is promoted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onEventRegistrationsCancelled(@Observes EventRegistrationsCancelled cancelled) {
        sessions.lockAllOf(cancelled.event().id);
        Instant at = cancelled.at().truncatedTo(ChronoUnit.MICROS);
        for (SessionBooking booking : bookings.liveOfEvent(cancelled.event().id)) {
            SessionBookingStatus previous = booking.status;
            booking.status = SessionBookingStatus.CANCELLED;
            booking.cancelledAt = at;
            if (previous == SessionBookingStatus.CONFIRMED) {
                booking.session.placesTaken--;
            }
            sessionEvents.cancelled(booking, previous);
        }
    }

    /**
     * A raised capacity gives its places to those waiting; the first in line take them. The caller holds the session's
     * row lock. Nobody is promoted into a session that started, or of an event that is not published (a cancelled
     * event's registrations are all being given back).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fillFreePlaces(Event event, Session session, Instant now) {
        if (session.placesLeft() <= 0 || event.status != EventStatus.PUBLISHED || !session.startsAt.isAfter(now)) {
            return;
        }
        List<SessionBooking> line = bookings.nextInLine(session.id, session.placesLeft());
        for (SessionBooking next : line) {
            next.status = SessionBookingStatus.CONFIRMED;
            session.placesTaken++;
            sessionEvents.promoted(next, now);
        }
        if (!line.isEmpty() && session.placesLeft() == 0) {
            sessionEvents.fullyBooked(session, now);
        }
    }

    /** Cancels a live booking under its session's row lock, re-read so a promotion just made is not lost. */
    private void release(SessionBooking booking, Instant now) {
        Session session = sessions.lockFresh(booking.session);
        bookings.reload(booking, true);
        SessionBookingStatus previous = booking.status;
        if (!SessionBookingStatus.LIVE.contains(previous)) {
            return;
        }
        booking.status = SessionBookingStatus.CANCELLED;
        booking.cancelledAt = now.truncatedTo(ChronoUnit.MICROS);
        if (previous == SessionBookingStatus.CONFIRMED) {
            session.placesTaken--;
        }
        sessionEvents.cancelled(booking, previous);
        if (previous == SessionBookingStatus.CONFIRMED) {
            fillFreePlaces(booking.registration.event, session, now);
        }
    }

    private Registration managed(Caller caller, UUID eventId, UUID registrationId) {
        LedNetworks led = networks.ledBy(caller);
        return registrations
                .findWithAttendee(registrationId)
                .filter(found -> found.event.id.equals(eventId) && access.mayBookFor(caller, led, found))
                .orElseThrow(() -> Problems.notFound("Registration", registrationId));
    }
}
