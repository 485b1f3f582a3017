package org.proud2bops.content.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proud2bops.platform.inbox.IncomingCloudEvent;
import org.proud2bops.platform.inbox.MalformedEventException;
import org.proud2bops.platform.inbox.ProcessedEvents;

/**
 * The events projection: the events the public has seen and which of their sessions are fully booked, kept in step
 * with the events service's facts on {@code events.event.v1} and {@code events.registration.v1}, and shown with the
 * items related to them. Each fact is applied once (a redelivery changes nothing); an event's facts share its key, so
 * they arrive in the order they happened, and a fact carrying an older version of the event than the one kept changes
 * nothing. Every change takes a new change number, which the publications' ETags include.
 */
@ApplicationScoped
public class RelatedEventService {

    static final String CONSUMER = "content-service.related-events";
    private static final String PREFIX = "org.proud2bops.events.";

    private final RelatedEventRepository events;
    private final FullyBookedSessionRepository fullSessions;
    private final ProcessedEvents processedEvents;
    private final Clock clock;

    public RelatedEventService(
            RelatedEventRepository events,
            FullyBookedSessionRepository fullSessions,
            ProcessedEvents processedEvents,
            Clock clock) {
        this.events = events;
        this.fullSessions = fullSessions;
        this.processedEvents = processedEvents;
        this.clock = clock;
    }

    @Transactional
    public void apply(IncomingCloudEvent event) {
        Consumer<IncomingCloudEvent> reader = switch (event.type()) {
            case PREFIX + "EventPublished",
                    PREFIX + "EventUpdated",
                    PREFIX + "EventCancelled",
                    PREFIX + "EventCompleted" -> this::applyState;
            case PREFIX + "SessionFullyBooked" -> this::applyFullyBooked;
            case PREFIX + "SessionBooked", PREFIX + "SessionBookingCancelled" -> this::applyPlacesLeft;
            default -> null;
        };
        if (reader != null && processedEvents.firstDelivery(CONSUMER, event.id())) {
            reader.accept(event);
        }
    }

    /** Whether the events service has told this service of the event (an item may name it as its related event). */
    public boolean exists(UUID eventId) {
        return events.findByIdOptional(eventId).isPresent();
    }

    /** The event with its fully booked sessions, if this service knows it; empty for null. */
    public Optional<RelatedEventView> find(UUID eventId) {
        return eventId == null
                ? Optional.empty()
                : Optional.ofNullable(find(List.of(eventId)).get(eventId));
    }

    /** The known events among these, with their fully booked sessions, by id (two queries, whatever their number). */
    public Map<UUID, RelatedEventView> find(Collection<UUID> eventIds) {
        List<UUID> ids = eventIds.stream().distinct().toList();
        List<RelatedEvent> known = events.withIds(ids);
        if (known.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<FullyBookedSession>> sessions =
                fullSessions.ofEvents(known.stream().map(e -> e.eventId).toList()).stream()
                        .collect(Collectors.groupingBy(session -> session.eventId));
        return known.stream()
                .map(e -> new RelatedEventView(e, sessions.getOrDefault(e.eventId, List.of())))
                .collect(Collectors.toMap(view -> view.event().eventId, Function.identity()));
    }

    private void applyState(IncomingCloudEvent event) {
        EventState state = event.dataAs(EventState.class);
        requireField(event, state.eventId(), "eventId");
        requireField(event, state.title(), "title");
        requireField(event, state.kind(), "kind");
        requireField(event, state.status(), "status");
        requireField(event, state.startsAt(), "startsAt");
        requireField(event, state.endsAt(), "endsAt");
        requireField(event, state.timeZone(), "timeZone");
        requireField(event, state.version(), "version");
        Optional<RelatedEvent> kept = events.findByIdOptional(state.eventId());
        if (kept.isPresent() && kept.get().eventVersion > state.version()) {
            return;
        }
        RelatedEvent related = kept.orElseGet(RelatedEvent::new);
        related.eventId = state.eventId();
        related.title = state.title();
        related.kind = state.kind();
        related.status = state.status();
        related.startsAt = state.startsAt();
        related.endsAt = state.endsAt();
        related.timeZone = state.timeZone();
        related.region = state.region();
        related.hostNetwork = state.hostNetwork();
        related.hostNetworkName = state.hostNetworkName();
        related.audience = state.audience();
        related.eventVersion = state.version();
        changed(related);
        if (kept.isEmpty()) {
            events.persist(related);
        }
    }

    private void applyFullyBooked(IncomingCloudEvent event) {
        SessionFullyBooked full = event.dataAs(SessionFullyBooked.class);
        requireField(event, full.sessionId(), "sessionId");
        requireField(event, full.eventId(), "eventId");
        requireField(event, full.title(), "title");
        requireField(event, full.capacity(), "capacity");
        requireField(event, full.fullAt(), "fullAt");
        Optional<FullyBookedSession> kept = fullSessions.findByIdOptional(full.sessionId());
        FullyBookedSession session = kept.orElseGet(FullyBookedSession::new);
        session.sessionId = full.sessionId();
        session.eventId = full.eventId();
        session.title = full.title();
        session.capacity = full.capacity();
        session.fullAt = full.fullAt();
        session.startsAt = full.startsAt();
        session.endsAt = full.endsAt();
        if (kept.isEmpty()) {
            fullSessions.persist(session);
        }
        events.findByIdOptional(full.eventId()).ifPresent(this::changed);
    }

    /** A booking given up (or a session given more places) leaves places: the session is no longer fully booked. */
    private void applyPlacesLeft(IncomingCloudEvent event) {
        SessionPlacesLeft places = event.dataAs(SessionPlacesLeft.class);
        requireField(event, places.sessionId(), "sessionId");
        requireField(event, places.placesLeft(), "placesLeft");
        if (places.placesLeft() > 0) {
            fullSessions.findByIdOptional(places.sessionId()).ifPresent(session -> {
                fullSessions.delete(session);
                events.findByIdOptional(session.eventId).ifPresent(this::changed);
            });
        }
    }

    private void changed(RelatedEvent event) {
        event.changeNumber = events.nextChangeNumber();
        event.updatedAt = clock.instant();
    }

    private static void requireField(IncomingCloudEvent event, Object value, String field) {
        if (value == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks " + field, null);
        }
    }
}
