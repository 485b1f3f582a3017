package org.proud2bops.events.session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.events.registration.Registration;

@ApplicationScoped
public class SessionBookingRepository implements PanacheRepositoryBase<SessionBooking, UUID> {

    private static final String WITH_SESSION = "from SessionBooking b join fetch b.session ";

    /** The registration's live booking of the session (a place or a place in its line), if any. */
    public Optional<SessionBooking> liveOf(UUID registrationId, UUID sessionId) {
        return find(
                        WITH_SESSION + "where b.registration.id = ?1 and b.session.id = ?2 and b.status in ?3",
                        registrationId,
                        sessionId,
                        SessionBookingStatus.LIVE)
                .firstResultOptional();
    }

    /** The registration's live bookings, in the order of their sessions' ids (the order their rows are locked in). */
    public List<SessionBooking> liveOfRegistration(UUID registrationId) {
        return find(
                        WITH_SESSION + "where b.registration.id = ?1 and b.status in ?2",
                        Sort.by("b.session.id"),
                        registrationId,
                        SessionBookingStatus.LIVE)
                .list();
    }

    /** Every live booking at the event's sessions, with its registration and attendee. */
    public List<SessionBooking> liveOfEvent(UUID eventId) {
        return find(
                        WITH_SESSION + "join fetch b.registration r left join fetch r.member "
                                + "where b.session.eventId = ?1 and b.status in ?2",
                        eventId,
                        SessionBookingStatus.LIVE)
                .list();
    }

    /** The registration's bookings, cancelled ones too, in the order of their sessions' times. */
    public PanacheQuery<SessionBooking> ofRegistration(UUID registrationId) {
        return find(
                WITH_SESSION + "where b.registration.id = ?1",
                Sort.by("b.session.startsAt").and("b.session.id").and("b.bookedAt"),
                registrationId);
    }

    /** The first {@code count} bookings in the session's waiting list, next in line first. */
    public List<SessionBooking> nextInLine(UUID sessionId, int count) {
        return find(
                        "from SessionBooking b join fetch b.registration r join fetch r.event "
                                + "where b.session.id = ?1 and b.status = ?2",
                        Sort.by("b.bookedAt").and("b.id"),
                        sessionId,
                        SessionBookingStatus.WAITLISTED)
                .page(0, count)
                .list();
    }

    public boolean anyLiveAt(UUID sessionId) {
        return count("session.id = ?1 and status in ?2", sessionId, SessionBookingStatus.LIVE) > 0;
    }

    /** Re-reads the booking, with its row locked until the transaction ends when {@code lock}. */
    public SessionBooking reload(SessionBooking booking, boolean lock) {
        if (lock) {
            getEntityManager().refresh(booking, LockModeType.PESSIMISTIC_WRITE);
        } else {
            getEntityManager().refresh(booking);
        }
        return booking;
    }

    /**
     * Locks the registration's row and re-reads it: a booking takes it before the session's, as a cancellation of the
     * registration does (its status is written before its sessions are released), so the two never deadlock and a
     * booking never lands on a registration being cancelled.
     */
    public Registration lockRegistration(Registration registration) {
        getEntityManager().refresh(registration, LockModeType.PESSIMISTIC_WRITE);
        return registration;
    }

    /** Per session of these: {confirmed bookings, of them checked in}. */
    public Map<UUID, long[]> attendanceOf(List<UUID> sessionIds) {
        Map<UUID, long[]> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        getEntityManager()
                .createQuery(
                        "select b.session.id, count(b), count(b.checkedInAt) from SessionBooking b "
                                + "where b.session.id in :ids and b.status = :confirmed group by b.session.id",
                        Object[].class)
                .setParameter("ids", sessionIds)
                .setParameter("confirmed", SessionBookingStatus.CONFIRMED)
                .getResultList()
                .forEach(row -> counts.put(
                        (UUID) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        return counts;
    }
}
