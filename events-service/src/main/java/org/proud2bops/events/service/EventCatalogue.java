package org.proud2bops.events.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.events.domain.Event;
import org.proud2bops.events.domain.EventKind;
import org.proud2bops.events.domain.EventRepository;

/** The public view of the network's events: only what is published. */
@ApplicationScoped
public class EventCatalogue {

    private final EventRepository events;

    public EventCatalogue(EventRepository events) {
        this.events = events;
    }

    public PanacheQuery<Event> published(Instant endingAfter, EventKind kind) {
        return events.published(endingAfter, kind);
    }

    public Optional<Event> findPublished(UUID eventId) {
        return events.findPublished(eventId);
    }
}
