package org.proud2bops.events.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.proud2bops.events.domain.Event;
import org.proud2bops.events.domain.EventKind;
import org.proud2bops.events.domain.EventRepository;
import org.proud2bops.events.domain.EventStatus;
import org.proud2bops.events.domain.Region;

/** Listings of the network's events. */
@ApplicationScoped
public class EventCatalogue {

    private final EventRepository events;

    public EventCatalogue(EventRepository events) {
        this.events = events;
    }

    public PanacheQuery<Event> list(EventStatus status, Instant endingAfter, EventKind kind, Region region) {
        return events.listed(status, endingAfter, kind, region);
    }
}
