package org.proud2bops.events.session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class EventStreamRepository implements PanacheRepositoryBase<EventStream, UUID> {

    public PanacheQuery<EventStream> ofEvent(UUID eventId) {
        return find("eventId", Sort.by("position").and("id"), eventId);
    }

    /** Whether another stream of the event has this name, ignoring case. */
    public boolean nameTaken(UUID eventId, String name, UUID except) {
        return count("eventId = ?1 and lower(name) = lower(?2) and id <> ?3", eventId, name, except) > 0;
    }
}
