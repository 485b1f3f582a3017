package org.proud2bops.events.registration;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    private static final String WITH_ATTENDEE = "from Registration r join fetch r.event left join fetch r.member ";

    /**
     * A live status, written as literals rather than bound: PostgreSQL can then answer "holds a place?" from the
     * partial unique indexes (registration_member_once, registration_guest_once) in a prepared statement's generic
     * plan too, instead of reading every registration of a summit.
     */
    private static final String LIVE_AS_INDEXED = RegistrationStatus.LIVE.stream()
            .map(status -> RegistrationStatus.class.getName() + "." + status.name())
            .collect(Collectors.joining(", ", "status in (", ")"));

    public Optional<Registration> findWithAttendee(UUID registrationId) {
        return find(WITH_ATTENDEE + "where r.id = ?1", registrationId).firstResultOptional();
    }

    /**
     * An event's registrations in these statuses, in the order they were made: for WAITLISTED alone, the order of the
     * line (position 1 first).
     */
    public PanacheQuery<Registration> ofEventIn(UUID eventId, Set<RegistrationStatus> statuses) {
        return find(WITH_ATTENDEE + "where r.event.id = ?1 and r.status in ?2", inOrderMade(), eventId, statuses);
    }

    /** The first {@code count} registrations in the event's waiting list, next in line first. */
    public List<Registration> nextInLine(UUID eventId, int count) {
        return ofEventIn(eventId, EnumSet.of(RegistrationStatus.WAITLISTED))
                .page(0, count)
                .list();
    }

    /** Reads the registration again (its status, and its waitlist position once it has been written). */
    public Registration reload(Registration registration) {
        getEntityManager().refresh(registration);
        return registration;
    }

    private static Sort inOrderMade() {
        return Sort.by("r.registeredAt").and("r.id");
    }

    /** A member's registrations, the soonest event first. */
    public PanacheQuery<Registration> ofMember(UUID memberId) {
        return find(
                WITH_ATTENDEE + "where r.member.memberId = ?1",
                Sort.by("r.event.startsAt").and("r.id"),
                memberId);
    }

    /** A member's places, and places in waiting lists, at events still to come. */
    public List<Registration> upcomingPlacesOf(UUID memberId, Instant now) {
        return list(
                "member.memberId = ?1 and status in ?2 and event.startsAt > ?3",
                memberId,
                RegistrationStatus.LIVE,
                now);
    }

    /** Whether the member holds a place at the event or waits for one. */
    public boolean memberHoldsPlace(UUID eventId, UUID memberId) {
        return count("event.id = ?1 and member.memberId = ?2 and " + LIVE_AS_INDEXED, eventId, memberId) > 0;
    }

    /** Whether the guest holds a place at the event or waits for one. */
    public boolean guestHoldsPlace(UUID eventId, String email) {
        return count(
                        "event.id = ?1 and lower(guestEmail) = lower(?2) and guestEmail is not null and "
                                + LIVE_AS_INDEXED,
                        eventId,
                        email)
                > 0;
    }

    /** Removes the answers of every registration of the member (an erasure), whatever the event. */
    public void forgetAnswersOf(UUID memberId) {
        update("answers = null where member.memberId = ?1 and answers is not null", memberId);
    }

    /** Replaces an erased member's subject where it records who registered. */
    public void forgetRegistrant(String subject, String replacement) {
        update("registeredBy = ?1 where registeredBy = ?2", replacement, subject);
    }

    /** How many rows of an export stream the driver fetches at a time (PostgreSQL uses a cursor inside a transaction). */
    static final int EXPORT_FETCH_SIZE = 500;

    /**
     * An event's live registrations (confirmed and waitlisted; cancelled ones too when {@code withCancelled}) in the
     * order they were made, as plain rows read through a database cursor: consume inside a transaction and close the
     * stream.
     */
    public Stream<AttendeeRow> attendeeRowsOf(UUID eventId, boolean withCancelled) {
        return getEntityManager()
                .createQuery(
                        "select new org.proud2bops.events.registration.AttendeeRow(r.id, r.status, r.registeredAt, "
                                + "m.memberId, m.displayName, r.guestName, r.guestEmail, r.guestOrganisation, "
                                + "r.registeredBy, r.registeredAs, r.answers) "
                                + "from Registration r left join r.member m "
                                + "where r.event.id = :eventId and r.status in :statuses "
                                + "order by r.registeredAt, r.id",
                        AttendeeRow.class)
                .setParameter("eventId", eventId)
                .setParameter(
                        "statuses", withCancelled ? EnumSet.allOf(RegistrationStatus.class) : RegistrationStatus.LIVE)
                .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }

    /** The guest registration whose erasure token has this SHA-256, if any. */
    public Optional<Registration> findByGuestErasureTokenHash(String tokenHash) {
        return find(WITH_ATTENDEE + "where r.guestErasureTokenHash = ?1", tokenHash)
                .firstResultOptional();
    }

    /** Every guest registration with this email (case ignored), at any event, in the order of the events' ids. */
    public List<Registration> ofGuestEmail(String email) {
        return find(
                        WITH_ATTENDEE + "where lower(r.guestEmail) = lower(?1)",
                        Sort.by("r.event.id").and("r.id"),
                        email)
                .list();
    }
}
