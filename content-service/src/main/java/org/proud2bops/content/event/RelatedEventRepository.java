package org.proud2bops.content.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RelatedEventRepository implements PanacheRepositoryBase<RelatedEvent, UUID> {

    /** The next change number: larger than every one given before, so the largest of a set moves at every change. */
    long nextChangeNumber() {
        return ((Number) getEntityManager()
                        .createNativeQuery("select nextval('related_event_change_seq')")
                        .getSingleResult())
                .longValue();
    }

    List<RelatedEvent> withIds(Collection<UUID> eventIds) {
        return eventIds.isEmpty() ? List.of() : list("eventId in ?1", eventIds);
    }
}
