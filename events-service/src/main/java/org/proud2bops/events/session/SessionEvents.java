package org.proud2bops.events.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationEvents;
import org.proud2bops.platform.outbox.Outbox;

/**
 * What the events service tells others about places at sessions: on the registrations' topic
 * ({@value RegistrationEvents#TOPIC}) and keyed by the event's id, so a registration's cancellation and the session
 * places it releases arrive in order. A member is named by id only; a guest not at all.
 */
@ApplicationScoped
public class SessionEvents {

    public static final String SESSION_BOOKED = "org.proud2bops.events.SessionBooked";
    public static final String SESSION_BOOKING_CANCELLED = "org.proud2bops.events.SessionBookingCancelled";
    public static final String SESSION_WAITLIST_PROMOTED = "org.proud2bops.events.SessionWaitlistPromoted";
    public static final String SESSION_FULLY_BOOKED = "org.proud2bops.events.SessionFullyBooked";

    /** A confirmed attendee booked a session: a place (CONFIRMED) or a place in its line (WAITLISTED, position). */
    public record SessionBooked(
            UUID bookingId,
            UUID sessionId,
            UUID eventId,
            UUID registrationId,
            UUID memberId,
            String status,
            Integer position,
            Instant bookedAt,
            int placesLeft) {}

    /**
     * A booking was given up (by the attendee or whoever manages the registration, or because the registration was
     * cancelled or its attendee erased); {@code previousStatus}: CONFIRMED or WAITLISTED.
     */
    public record SessionBookingCancelled(
            UUID bookingId,
            UUID sessionId,
            UUID eventId,
            UUID registrationId,
            UUID memberId,
            Instant cancelledAt,
            String previousStatus,
            int placesLeft) {}

    /** A freed session place went to the first in the session's line. */
    public record SessionWaitlistPromoted(
            UUID bookingId,
            UUID sessionId,
            UUID eventId,
            UUID registrationId,
            UUID memberId,
            Instant bookedAt,
            Instant promotedAt,
            int placesLeft) {}

    /**
     * The session's last place was taken (by a booking or a promotion): whoever books next waits in line. {@code
     * startsAt} and {@code endsAt} (added later) say when the session is, so a reader can show it without the program.
     */
    public record SessionFullyBooked(
            UUID sessionId,
            UUID eventId,
            String title,
            int capacity,
            Instant fullAt,
            Instant startsAt,
            Instant endsAt) {}

    private final Outbox outbox;

    public SessionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Needs the booking's position, so it is read after the booking was written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void booked(SessionBooking booking) {
        Session session = booking.session;
        record(
                session,
                SESSION_BOOKED,
                new SessionBooked(
                        booking.id,
                        session.id,
                        session.eventId,
                        booking.registration.id,
                        memberIdOf(booking.registration),
                        booking.status.name(),
                        booking.waitlistPosition,
                        booking.bookedAt,
                        session.placesLeft()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(SessionBooking booking, SessionBookingStatus previous) {
        Session session = booking.session;
        record(
                session,
                SESSION_BOOKING_CANCELLED,
                new SessionBookingCancelled(
                        booking.id,
                        session.id,
                        session.eventId,
                        booking.registration.id,
                        memberIdOf(booking.registration),
                        booking.cancelledAt,
                        previous.name(),
                        session.placesLeft()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void promoted(SessionBooking booking, Instant promotedAt) {
        Session session = booking.session;
        record(
                session,
                SESSION_WAITLIST_PROMOTED,
                new SessionWaitlistPromoted(
                        booking.id,
                        session.id,
                        session.eventId,
                        booking.registration.id,
                        memberIdOf(booking.registration),
                        booking.bookedAt,
                        promotedAt,
                        session.placesLeft()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void fullyBooked(Session session, Instant at) {
        record(
                session,
                SESSION_FULLY_BOOKED,
                new SessionFullyBooked(
                        session.id,
                        session.eventId,
                        session.title,
                        session.capacity,
                        at,
                        session.startsAt,
                        session.endsAt));
    }

    private void record(Session session, String type, Object payload) {
        outbox.record(RegistrationEvents.TOPIC, session.eventId, type, payload);
    }

    private static UUID memberIdOf(Registration registration) {
        return registration.member == null ? null : registration.member.memberId;
    }
}
