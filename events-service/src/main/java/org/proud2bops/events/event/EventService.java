package org.proud2bops.events.event;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * The network's events: anyone lists and reads the published ones; events admins create events and change them, and
 * a change never leaves fewer places than are already taken.
 */
@ApplicationScoped
public class EventService {

    private final EventRepository events;
    private final EventAccess access;
    private final jakarta.enterprise.event.Event<EventChanged> changes;
    private final EventEvents facts;

    public EventService(
            EventRepository events,
            EventAccess access,
            jakarta.enterprise.event.Event<EventChanged> changes,
            EventEvents facts) {
        this.events = events;
        this.access = access;
        this.changes = changes;
        this.facts = facts;
    }

    /** Events in one status that end after {@code endingAfter} (now when null), soonest first. */
    public PanacheQuery<Event> list(
            Caller caller, EventStatus status, Instant endingAfter, EventKind kind, Region region) {
        if (!access.maySeeEventsIn(caller, status)) {
            throw caller.refusal("Only events admins list events that are not published");
        }
        return events.listed(status, Optional.ofNullable(endingAfter).orElseGet(Instant::now), kind, region);
    }

    /** The event, if the caller may see it; otherwise nothing, as if it did not exist. */
    public Optional<Event> find(Caller caller, UUID eventId) {
        return events.findByIdOptional(eventId).filter(event -> access.maySee(caller, event));
    }

    @Transactional
    public Event create(EventDetails details) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        apply(event, details);
        events.persist(event);
        events.flush();
        facts.changed(event, null, true);
        return event;
    }

    @Transactional
    public Optional<Event> update(UUID eventId, ExpectedVersion expectedVersion, EventDetails details) {
        return events.findForUpdate(eventId).map(event -> {
            expectedVersion.requireMatch(event.version);
            if (details.capacity() < event.placesTaken) {
                throw Problems.of(
                        ProblemType.CONFLICTING_CHANGE,
                        "The capacity cannot go below the " + event.placesTaken + " places already taken");
            }
            EventStatus before = event.status;
            long versionBefore = event.version;
            apply(event, details);
            changes.fire(new EventChanged(event));
            events.flush();
            // The version moves only when something of the event changed (a raised capacity that promoted people too)
            facts.changed(event, before, event.version != versionBefore);
            return event;
        });
    }

    private static void apply(Event event, EventDetails details) {
        if (!details.endsAt().isAfter(details.startsAt())) {
            throw Problems.badRequest("endsAt must be after startsAt", "endsAt");
        }
        requireKnownZone(details.timeZone());
        event.title = details.title().strip();
        event.summary = details.summary().strip();
        event.kind = details.kind();
        event.startsAt = details.startsAt();
        event.endsAt = details.endsAt();
        event.timeZone = details.timeZone();
        event.venue = details.venue();
        event.online = details.online();
        event.capacity = details.capacity();
        event.region = details.region();
        event.hostNetwork = details.hostNetwork();
        event.status = details.status();
    }

    private static void requireKnownZone(String timeZone) {
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw Problems.badRequest("timeZone must be an IANA time zone such as Europe/London", "timeZone");
        }
    }
}
