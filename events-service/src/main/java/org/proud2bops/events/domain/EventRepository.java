package org.proud2bops.events.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** Published events ending after {@code endingAfter}, soonest first. */
    public PanacheQuery<Event> published(Instant endingAfter, EventKind kind) {
        Sort order = Sort.by("startsAt").and("id");
        Map<String, Object> parameters = new HashMap<>(Map.of("status", EventStatus.PUBLISHED, "endingAfter", endingAfter));
        String query = "status = :status and endsAt > :endingAfter";
        if (kind != null) {
            query += " and kind = :kind";
            parameters.put("kind", kind);
        }
        return find(query, order, parameters);
    }

    public Optional<Event> findPublished(UUID eventId) {
        return find("id = ?1 and status = ?2", eventId, EventStatus.PUBLISHED).firstResultOptional();
    }
}
