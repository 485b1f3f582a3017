package org.proud2bops.events.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventKind;
import org.proud2bops.events.event.EventService;
import org.proud2bops.events.event.EventStatus;
import org.proud2bops.events.event.Region;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.security.Caller;

/**
 * Events as calendar files: one event for anyone who may see it, and a feed of the published events that have not
 * ended yet, soonest first. Read-only over the events' own rules ({@link EventService}).
 */
@ApplicationScoped
public class CalendarService {

    /** The most events one feed carries; the feed is of what is coming up, soonest first. */
    static final int MAX_FEED_EVENTS = 500;

    private final EventService events;
    private final Clock clock;

    public CalendarService(EventService events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** The event's calendar, if the caller may see the event; otherwise nothing, as if it did not exist. */
    public Optional<CalendarDocument> ofEvent(Caller caller, UUID eventId) {
        return events.find(caller, eventId)
                .map(event -> new CalendarDocument(
                        Long.toString(event.version),
                        event.status == EventStatus.PUBLISHED,
                        () -> EventCalendars.text(EventCalendars.of(List.of(event), clock.instant()))));
    }

    /** The published events that have not ended, optionally of one kind or hosted in one region. */
    public CalendarDocument feed(Caller caller, EventKind kind, Region region) {
        Instant now = clock.instant();
        List<Event> upcoming = events.list(caller, EventStatus.PUBLISHED, now, kind, region)
                .page(0, MAX_FEED_EVENTS)
                .list();
        return new CalendarDocument(
                fingerprint(upcoming), true, () -> EventCalendars.text(EventCalendars.of(upcoming, now)));
    }

    /** Changes whenever an event joins or leaves the feed or any listed event changes (its version moves). */
    private static String fingerprint(List<Event> listed) {
        StringBuilder versions = new StringBuilder();
        listed.forEach(event ->
                versions.append(event.id).append(':').append(event.version).append(';'));
        return VersionTags.digest("feed", versions);
    }
}
