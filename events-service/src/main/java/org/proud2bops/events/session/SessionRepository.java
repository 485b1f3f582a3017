package org.proud2bops.events.session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    /**
     * An event's sessions (only one stream's when {@code streamId} is given), grouped by stream in the streams' order
     * (sessions outside every stream last), then by time.
     */
    public PanacheQuery<Session> ofEvent(UUID eventId, UUID streamId) {
        Map<String, Object> parameters = new HashMap<>(Map.of("eventId", eventId));
        String query = "from Session s left join EventStream st on st.id = s.streamId where s.eventId = :eventId";
        if (streamId != null) {
            query += " and s.streamId = :streamId";
            parameters.put("streamId", streamId);
        }
        return find(
                "select s " + query + " order by st.position nulls last, st.id nulls last, s.startsAt, s.id",
                parameters);
    }

    /** An event's sessions in time order, for per-session attendance. */
    public PanacheQuery<Session> ofEventByTime(UUID eventId) {
        return find("eventId", Sort.by("startsAt").and("id"), eventId);
    }

    /** The event's first session (by time) not inside [startsAt, endsAt], if any. */
    public Optional<Session> firstOutside(UUID eventId, Instant startsAt, Instant endsAt) {
        return find(
                        "eventId = ?1 and (startsAt < ?2 or endsAt > ?3)",
                        Sort.by("startsAt").and("id"),
                        eventId,
                        startsAt,
                        endsAt)
                .firstResultOptional();
    }

    public long countInStream(UUID streamId) {
        return count("streamId", streamId);
    }

    /** Locks a session loaded in this transaction and re-reads it: how its places are counted without overselling. */
    public Session lockFresh(Session session) {
        getEntityManager().refresh(session, LockModeType.PESSIMISTIC_WRITE);
        return session;
    }

    /** Locks every session of the event, in id order (the order bookings lock sessions in), and re-reads them. */
    public List<Session> lockAllOf(UUID eventId) {
        return find("eventId", Sort.by("id"), eventId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public List<Session> withIds(List<UUID> ids) {
        return list("id in ?1", ids);
    }
}
