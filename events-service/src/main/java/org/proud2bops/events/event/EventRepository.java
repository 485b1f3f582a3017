package org.proud2bops.events.event;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    @Inject
    PublishedListing publishedListing;

    /** Events in one status ending after {@code endingAfter}, soonest first. */
    public PanacheQuery<Event> listed(EventStatus status, Instant endingAfter, EventKind kind, Region region) {
        return listed(status, endingAfter, kind, region, null);
    }

    /** As {@link #listed(EventStatus, Instant, EventKind, Region)}, only events carrying {@code tag} when given. */
    public PanacheQuery<Event> listed(
            EventStatus status, Instant endingAfter, EventKind kind, Region region, String tag) {
        return listed(status, endingAfter, kind, region, tag, null);
    }

    /**
     * As {@link #listed(EventStatus, Instant, EventKind, Region, String)}, only events hosted by one of {@code
     * hostNetworks} (slugs) when given (not empty).
     */
    public PanacheQuery<Event> listed(
            EventStatus status,
            Instant endingAfter,
            EventKind kind,
            Region region,
            String tag,
            Collection<String> hostNetworks) {
        Map<String, Object> parameters = new HashMap<>();
        return find(
                listedWhere(status, endingAfter, kind, region, tag, hostNetworks, parameters),
                Sort.by("startsAt").and("id"),
                parameters);
    }

    /** When the first of the events {@link #listed} lists ends, if it lists any. */
    public Optional<Instant> firstEndOfListed(
            EventStatus status, Instant endingAfter, EventKind kind, Region region, String tag) {
        Map<String, Object> parameters = new HashMap<>();
        var query = getEntityManager()
                .createQuery(
                        "select min(endsAt) from Event where "
                                + listedWhere(status, endingAfter, kind, region, tag, null, parameters),
                        Instant.class);
        parameters.forEach(query::setParameter);
        return Optional.ofNullable(query.getSingleResult());
    }

    private static String listedWhere(
            EventStatus status,
            Instant endingAfter,
            EventKind kind,
            Region region,
            String tag,
            Collection<String> hostNetworks,
            Map<String, Object> parameters) {
        parameters.put("status", status);
        parameters.put("endingAfter", endingAfter);
        String query = "status = :status and endsAt > :endingAfter";
        if (kind != null) {
            query += " and kind = :kind";
            parameters.put("kind", kind);
        }
        if (region != null) {
            query += " and region = :region";
            parameters.put("region", region);
        }
        if (tag != null) {
            query += " and array_contains(tags, :tag)";
            parameters.put("tag", tag);
        }
        if (hostNetworks != null) {
            query += " and hostNetwork in :hostNetworks";
            parameters.put("hostNetworks", hostNetworks);
        }
        return query;
    }

    /** The event with its row locked until the transaction ends: how places are counted without overselling. */
    public Optional<Event> findForUpdate(UUID eventId) {
        return findByIdOptional(eventId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Takes one of the event's places in one statement, if the event is still published, still has the audience it
     * was checked for, takes registrations at {@code now} and has a place left; the statement holds the event's row
     * lock until the transaction ends, so the registration that follows is written before anyone else counts places.
     * When it took one, the loaded event shows the new count and version and is not written again (the statement
     * wrote it); otherwise nothing changed, and the caller decides under the row lock ({@link #lockFresh}).
     */
    public boolean takePlace(Event event, Instant now) {
        List<?> taken = getEntityManager()
                .createNativeQuery("""
                        update event set places_taken = places_taken + 1, version = version + 1
                        where id = :id and status = 'PUBLISHED' and audience = :audience
                          and places_taken < capacity
                          and (registration_opens_at is null or registration_opens_at <= :now)
                          and coalesce(registration_closes_at, starts_at) > :now
                        returning places_taken, version""")
                .setParameter("id", event.id)
                .setParameter("audience", event.audience.name())
                .setParameter("now", now)
                .getResultList();
        if (taken.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) taken.getFirst();
        getEntityManager().unwrap(Session.class).setReadOnly(event, true);
        event.placesTaken = ((Number) row[0]).intValue();
        event.version = ((Number) row[1]).longValue();
        publishedListing.changed();
        return true;
    }

    /** Locks an event already loaded in this transaction and re-reads it, so no other change is overwritten. */
    public Event lockFresh(Event event) {
        getEntityManager().unwrap(Session.class).setReadOnly(event, false);
        getEntityManager().refresh(event, LockModeType.PESSIMISTIC_WRITE);
        return event;
    }
}
