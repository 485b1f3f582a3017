package org.proud2bops.events.checkin;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationStatus;

/** Registrations as the check-in desk reads and changes them. */
@ApplicationScoped
public class CheckInRepository implements PanacheRepositoryBase<Registration, UUID> {

    /**
     * The registration holding this check-in code, its row locked until the transaction ends, in one statement
     * ({@code select ... for update}): concurrent scans of one code wait for each other, so only the first sets the
     * time.
     */
    public Optional<Registration> findByCodeForUpdate(String code) {
        return find("checkInCode", code)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * The registration with its row locked until the transaction ends, read fresh: concurrent check-ins of one person
     * wait for each other, so only the first sets the time.
     */
    public Optional<Registration> findForUpdate(UUID registrationId) {
        return findByIdOptional(registrationId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * An event's confirmed registrations whose attendee's name (member or guest) or guest's email contains
     * {@code text}, ignoring case; all of them when {@code text} is null. In the order places were taken.
     */
    public PanacheQuery<Registration> confirmedMatching(UUID eventId, String text) {
        return find(
                "from Registration r join fetch r.event left join fetch r.member " + matching(text),
                Sort.by("r.registeredAt").and("r.id"),
                matchingParameters(eventId, text));
    }

    /** How many registrations {@link #confirmedMatching} finds, counted without its fetches. */
    public long countConfirmedMatching(UUID eventId, String text) {
        var count = getEntityManager().createQuery("select count(r) from Registration r " + matching(text), Long.class);
        matchingParameters(eventId, text).forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static String matching(String text) {
        String where = "where r.event.id = :eventId and r.status = :confirmed";
        // A member's name through a subquery, so a guest (no member) is still found by their own name or email
        return text == null
                ? where
                : where + " and (lower(r.guestName) like :pattern escape '!' or lower(r.guestEmail) like :pattern"
                        + " escape '!' or r.member.memberId in (select p.memberId from MemberProfile p"
                        + " where lower(p.displayName) like :pattern escape '!'))";
    }

    private static Map<String, Object> matchingParameters(UUID eventId, String text) {
        Map<String, Object> parameters =
                new HashMap<>(Map.of("eventId", eventId, "confirmed", RegistrationStatus.CONFIRMED));
        if (text != null) {
            parameters.put("pattern", "%" + escapeLike(text.toLowerCase()) + "%");
        }
        return parameters;
    }

    public Optional<Registration> findWithEvent(UUID registrationId) {
        return find("from Registration r join fetch r.event left join fetch r.member where r.id = ?1", registrationId)
                .firstResultOptional();
    }

    /** The event's confirmed places and how many of them checked in, counted in one statement: {confirmed, in}. */
    public long[] confirmedAndCheckedIn(UUID eventId) {
        Object[] counts = getEntityManager()
                .createQuery(
                        "select count(r), count(r.checkedInAt) from Registration r "
                                + "where r.event.id = :eventId and r.status = :confirmed",
                        Object[].class)
                .setParameter("eventId", eventId)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .getSingleResult();
        return new long[] {((Number) counts[0]).longValue(), ((Number) counts[1]).longValue()};
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
