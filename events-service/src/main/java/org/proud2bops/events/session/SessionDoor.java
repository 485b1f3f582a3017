package org.proud2bops.events.session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proud2bops.events.checkin.CheckInOutcome;
import org.proud2bops.events.checkin.CheckInRepository;
import org.proud2bops.events.checkin.CheckInService;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventRepository;
import org.proud2bops.events.event.EventStatus;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.events.network.NetworkService;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * A session's door: the attendee's check-in code (the one for the event's desk) scanned for one session, which checks
 * them in at the event too if the desk has not (they are there). Idempotent like the desk's: the booking's row is
 * locked, so concurrent scans wait for each other and only the first sets the time. Attendance per session is derived from the check-in times and the session's end, like the event's.
 */
@ApplicationScoped
public class SessionDoor {

    /** A session's door opens when the event's desk does, a day before the event starts, and closes at its end. */
    static final Duration DOOR_OPENS_BEFORE_EVENT = Duration.ofHours(24);

    private final EventRepository events;
    private final SessionRepository sessions;
    private final SessionBookingRepository bookings;
    private final CheckInRepository checkIns;
    private final CheckInService desk;
    private final SessionAccess access;
    private final NetworkService networks;
    private final Clock clock;

    public SessionDoor(
            EventRepository events,
            SessionRepository sessions,
            SessionBookingRepository bookings,
            CheckInRepository checkIns,
            CheckInService desk,
            SessionAccess access,
            NetworkService networks,
            Clock clock) {
        this.events = events;
        this.sessions = sessions;
        this.bookings = bookings;
        this.checkIns = checkIns;
        this.desk = desk;
        this.access = access;
        this.networks = networks;
        this.clock = clock;
    }

    /**
     * Checks the holder of a scanned code in at the session. An unknown code is 404; a code of another event 409
     * check-in-other-event; a holder without a confirmed booking of the session 409 check-in-refused. What the door is
     * told is read inside the transaction (the attending member's name is loaded on demand).
     */
    @Transactional
    public SessionCheckInResponse checkIn(Caller caller, UUID eventId, UUID sessionId, String code) {
        Event event = doorEvent(caller, eventId);
        Session session = sessions.findByIdOptional(sessionId)
                .filter(found -> found.eventId.equals(eventId))
                .orElseThrow(() -> Problems.notFound("Session", sessionId));
        // The registration's row is locked as the desk's scan locks it; the booking's is locked below
        Registration registration = checkIns.findByCodeForUpdate(code.strip())
                .orElseThrow(() -> Problems.notFound("No registration has this check-in code"));
        if (!registration.event.id.equals(eventId)) {
            throw Problems.of(
                    ProblemType.CHECK_IN_OTHER_EVENT,
                    "This code is for another event: " + registration.event.title + ", starting "
                            + registration.event.startsAt);
        }
        SessionBooking booking = bookings.liveOf(registration.id, session.id)
                .map(found -> bookings.reload(found, true))
                .filter(found -> found.status == SessionBookingStatus.CONFIRMED)
                .orElseThrow(() -> Problems.of(
                        ProblemType.CHECK_IN_REFUSED,
                        registration.attendeeName() + " holds no confirmed place at this session"));
        if (booking.checkedInAt != null) {
            return SessionCheckInResponse.of(booking, CheckInOutcome.ALREADY_CHECKED_IN);
        }
        Instant now = clock.instant();
        requireDoorOpen(event, session, now);
        booking.checkedInAt = now.truncatedTo(ChronoUnit.MICROS);
        bookings.flush();
        desk.arrivedAtSession(registration, booking.checkedInAt);
        return SessionCheckInResponse.of(booking, CheckInOutcome.CHECKED_IN);
    }

    /** The event's sessions in time order, each with its attendance now. */
    public SessionAttendances attendance(Caller caller, UUID eventId) {
        doorEvent(caller, eventId);
        PanacheQuery<Session> ofEvent = sessions.ofEventByTime(eventId);
        return new SessionAttendances(ofEvent, clock.instant());
    }

    /** Per session of these: {confirmed bookings, of them checked in}. */
    Map<UUID, long[]> countsOf(List<Session> page) {
        return bookings.attendanceOf(page.stream().map(session -> session.id).toList());
    }

    /** The event, when the caller manages it: 404 when they may not see it, 403 when they may but do not manage it. */
    private Event doorEvent(Caller caller, UUID eventId) {
        LedNetworks led = networks.ledBy(caller);
        Event event = events.findByIdOptional(eventId)
                .filter(found -> access.maySeeProgramOf(caller, led, found))
                .orElseThrow(() -> Problems.notFound("Event", eventId));
        if (!access.worksTheDoorOf(caller, led, event)) {
            throw Problems.forbidden(
                    "Only events admins, admins and the leads of its hosting network work an event's sessions' doors");
        }
        return event;
    }

    private static void requireDoorOpen(Event event, Session session, Instant now) {
        if (event.status != EventStatus.PUBLISHED) {
            throw Problems.of(ProblemType.CHECK_IN_REFUSED, "The event is " + event.status + ", not published");
        }
        Instant opens = event.startsAt.minus(DOOR_OPENS_BEFORE_EVENT);
        if (now.isBefore(opens)) {
            throw Problems.of(ProblemType.OUTSIDE_DEADLINE, "Check-in opens at " + opens + ", a day before the event");
        }
        if (!now.isBefore(session.endsAt)) {
            throw Problems.of(
                    ProblemType.OUTSIDE_DEADLINE, "Check-in closed when the session ended at " + session.endsAt);
        }
    }

    /** An event's sessions and the time their attendance is judged at. */
    public record SessionAttendances(PanacheQuery<Session> sessions, Instant now) {}
}
