package org.proud2bops.events.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventAccess;
import org.proud2bops.events.event.EventRepository;
import org.proud2bops.events.event.EventStatus;
import org.proud2bops.events.network.LedNetworks;
import org.proud2bops.events.network.NetworkService;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationAccess;
import org.proud2bops.events.registration.RegistrationStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * The door. A check-in locks the registration's row, so concurrent scans of one code wait for each other and only the
 * first sets the time; every later one answers "already checked in" with that first time and changes nothing.
 * Attendance is derived from the check-in times and the event's end (a confirmed attendee never checked in by the
 * end is a no-show), so there is no job to run and nothing to drift.
 */
@ApplicationScoped
public class CheckInService {

    /** The desk opens this long before the event starts (badges collected the day before) and closes at its end. */
    static final Duration DESK_OPENS_BEFORE_START = Duration.ofHours(24);

    private final EventRepository events;
    private final CheckInRepository checkIns;
    private final CheckInAccess access;
    private final RegistrationAccess registrationAccess;
    private final CheckInEvents checkInEvents;
    private final Clock clock;
    private final EventAccess eventAccess;
    private final NetworkService networks;

    public CheckInService(
            EventRepository events,
            CheckInRepository checkIns,
            CheckInAccess access,
            RegistrationAccess registrationAccess,
            CheckInEvents checkInEvents,
            Clock clock,
            EventAccess eventAccess,
            NetworkService networks) {
        this.events = events;
        this.checkIns = checkIns;
        this.access = access;
        this.registrationAccess = registrationAccess;
        this.checkInEvents = checkInEvents;
        this.clock = clock;
        this.eventAccess = eventAccess;
        this.networks = networks;
    }

    /** Checks in the holder of a scanned code; an unknown code is 404, a code of another event 409. */
    @Transactional
    public CheckInResponse checkInByCode(Caller caller, UUID eventId, String code) {
        Event event = deskEvent(caller, eventId);
        Registration registration = checkIns.findByCodeForUpdate(code.strip())
                .orElseThrow(() -> Problems.notFound("No registration has this check-in code"));
        if (!registration.event.id.equals(event.id)) {
            throw Problems.of(
                    ProblemType.CHECK_IN_OTHER_EVENT,
                    "This code is for another event: " + registration.event.title + ", starting "
                            + registration.event.startsAt);
        }
        return checkIn(event, registration);
    }

    /** Checks in an attendee the desk looked up; a registration of another event is 404, as if it did not exist. */
    @Transactional
    public CheckInResponse checkInRegistration(Caller caller, UUID eventId, UUID registrationId) {
        Event event = deskEvent(caller, eventId);
        Registration registration = checkIns.findForUpdate(registrationId)
                .filter(found -> found.event.id.equals(eventId))
                .orElseThrow(() -> Problems.notFound("Registration", registrationId));
        return checkIn(event, registration);
    }

    /** The event's confirmed attendees whose name or guest email contains {@code text} (all when blank). */
    public DeskAttendees attendees(Caller caller, UUID eventId, String text) {
        deskEvent(caller, eventId);
        String wanted = text == null || text.isBlank() ? null : text.strip();
        return new DeskAttendees(
                checkIns.confirmedMatching(eventId, wanted),
                checkIns.countConfirmedMatching(eventId, wanted),
                clock.instant());
    }

    public EventAttendance attendance(Caller caller, UUID eventId) {
        Event event = deskEvent(caller, eventId);
        long[] counts = checkIns.confirmedAndCheckedIn(eventId);
        boolean ended = Attendance.ended(event, clock.instant());
        return new EventAttendance(eventId, ended, counts[0], counts[1], ended ? counts[0] - counts[1] : 0);
    }

    /**
     * The check-in code of a confirmed registration as a QR code PNG: for the attending member and those who work the
     * event's desk (the hosting network's leads too). A caller who may see the registration but not its code (a
     * regional client) gets 403, anyone else 404.
     */
    public byte[] codeImage(Caller caller, UUID eventId, UUID registrationId) {
        LedNetworks led = access.worksTheDesk(caller) ? LedNetworks.NONE : networks.ledBy(caller);
        Registration registration = checkIns.findWithEvent(registrationId)
                .filter(found -> found.event.id.equals(eventId))
                .filter(found ->
                        access.mayGetCode(caller, led, found) || registrationAccess.mayManage(caller, led, found))
                .orElseThrow(() -> Problems.notFound("Registration", registrationId));
        if (!access.mayGetCode(caller, led, registration)) {
            throw Problems.forbidden(
                    "Only the attendee and those who work the event's desk get a registration's check-in code");
        }
        if (registration.status != RegistrationStatus.CONFIRMED) {
            throw Problems.of(
                    ProblemType.CHECK_IN_REFUSED,
                    "The registration is " + registration.status + "; only a confirmed place has a check-in code");
        }
        return QrCodes.png(registration.checkInCode);
    }

    /** The event whose desk the caller works: 404 for one they may not see, 403 for one they see but do not manage. */
    private Event deskEvent(Caller caller, UUID eventId) {
        LedNetworks led = access.worksTheDesk(caller) ? LedNetworks.NONE : networks.ledBy(caller);
        Event event = events.findByIdOptional(eventId)
                .filter(found -> eventAccess.maySee(caller, led, found))
                .orElseThrow(() -> Problems.notFound("Event", eventId));
        if (!access.worksTheDeskOf(caller, led, event)) {
            throw caller.refusal("Only events admins, admins and the hosting network's leads work the check-in desk");
        }
        return event;
    }

    /** What the desk is told, read inside the transaction (the attending member's name is loaded on demand). */
    private CheckInResponse checkIn(Event event, Registration registration) {
        return CheckInResponse.of(registration, changeToCheckedIn(event, registration));
    }

    private CheckInOutcome changeToCheckedIn(Event event, Registration registration) {
        if (registration.status != RegistrationStatus.CONFIRMED) {
            throw Problems.of(
                    ProblemType.CHECK_IN_REFUSED,
                    "The registration is " + registration.status
                            + (registration.cancelledAt == null ? "" : " since " + registration.cancelledAt)
                            + "; only a confirmed place checks in");
        }
        if (registration.checkedInAt != null) {
            return CheckInOutcome.ALREADY_CHECKED_IN;
        }
        Instant now = clock.instant();
        requireDeskOpen(event, now);
        // PostgreSQL keeps microseconds: the time answered now is the time every later answer repeats
        registration.checkedInAt = now.truncatedTo(ChronoUnit.MICROS);
        checkIns.flush();
        checkInEvents.checkedIn(registration);
        return CheckInOutcome.CHECKED_IN;
    }

    /**
     * Someone scanned in at one of the event's sessions is at the event: checked in at {@code at} (with the CheckedIn
     * fact) unless the desk already did. The caller holds the registration's row lock and checked the door was open.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void arrivedAtSession(Registration registration, Instant at) {
        if (registration.checkedInAt == null) {
            registration.checkedInAt = at;
            checkIns.flush();
            checkInEvents.checkedIn(registration);
        }
    }

    private static void requireDeskOpen(Event event, Instant now) {
        if (event.status != EventStatus.PUBLISHED) {
            throw Problems.of(ProblemType.CHECK_IN_REFUSED, "The event is " + event.status + ", not published");
        }
        Instant opens = event.startsAt.minus(DESK_OPENS_BEFORE_START);
        if (now.isBefore(opens)) {
            throw Problems.of(ProblemType.OUTSIDE_DEADLINE, "Check-in opens at " + opens + ", a day before the event");
        }
        if (Attendance.ended(event, now)) {
            throw Problems.of(ProblemType.OUTSIDE_DEADLINE, "Check-in closed when the event ended at " + event.endsAt);
        }
    }
}
