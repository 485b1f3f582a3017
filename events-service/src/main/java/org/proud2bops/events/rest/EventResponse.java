package org.proud2bops.events.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.events.domain.Event;
import org.proud2bops.events.domain.EventKind;

@Schema(name = "Event", description = "Times are UTC instants; timeZone is where the event takes place")
public record EventResponse(UUID id, String title, String summary, EventKind kind, Instant startsAt,
        Instant endsAt, String timeZone, String venue, boolean online, int capacity) {

    static EventResponse of(Event event) {
        return new EventResponse(event.id, event.title, event.summary, event.kind, event.startsAt, event.endsAt,
                event.timeZone, event.venue, event.online, event.capacity);
    }
}
