package org.proud2bops.events.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** Published events ending after {@code endingAfter}, soonest first. */
    public PanacheQuery<Event> published(Instant endingAfter, EventKind kind) {
        Sort order = Sort.by("startsAt").and("id");
        Parameters parameters = Parameters.with("status", EventStatus.PUBLISHED).and("endingAfter", endingAfter);
        if (kind == null) {
            return find("status = :status and endsAt > :endingAfter", order, parameters);
        }
        return find("status = :status and endsAt > :endingAfter and kind = :kind", order, parameters.and("kind", kind));
    }

    public Optional<Event> findPublished(UUID eventId) {
        return find("id = ?1 and status = ?2", eventId, EventStatus.PUBLISHED).firstResultOptional();
    }
}
