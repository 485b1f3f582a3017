package org.proud2bops.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.events.domain.Event;
import org.proud2bops.events.domain.EventRepository;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;

/** Events admins create events and change them; a change never leaves fewer places than are already taken. */
@ApplicationScoped
public class EventAdministration {

    private final EventRepository events;

    public EventAdministration(EventRepository events) {
        this.events = events;
    }

    @Transactional
    public Event create(EventDetails details) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        apply(event, details);
        events.persist(event);
        events.flush();
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
            apply(event, details);
            events.flush();
            return event;
        });
    }

    public Optional<Event> find(UUID eventId) {
        return events.findByIdOptional(eventId);
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
