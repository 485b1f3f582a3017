package org.proud2bops.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.platform.outbox.Outbox;

/**
 * What the events service tells others about events the public can see, recorded in the outbox in the caller's
 * transaction and keyed by the event's id. Every fact carries the event's whole public state, so the latest fact of an
 * event is all a reader needs (the topic is compacted). A draft publishes nothing; no fact names a person, and none
 * carries the event's online joining link (for confirmed attendees only) or its registration questions.
 */
@ApplicationScoped
public class EventEvents {

    public static final String TOPIC = "events.event.v1";
    public static final String EVENT_PUBLISHED = "org.proud2bops.events.EventPublished";
    public static final String EVENT_UPDATED = "org.proud2bops.events.EventUpdated";
    public static final String EVENT_CANCELLED = "org.proud2bops.events.EventCancelled";
    /** A published event that has ended was marked completed: final, as a cancellation is. */
    public static final String EVENT_COMPLETED = "org.proud2bops.events.EventCompleted";

    /** The event's public state, the same in every fact; {@code region} and {@code hostNetwork} null when national. */
    public record EventState(
            UUID eventId,
            String title,
            String kind,
            String region,
            String hostNetwork,
            Instant startsAt,
            Instant endsAt,
            String timeZone,
            int capacity,
            int placesLeft,
            String status,
            long version,
            List<EventPartner> partners,
            List<String> tags,
            Instant registrationOpensAt,
            Instant registrationClosesAt) {

        static EventState of(Event event) {
            return new EventState(
                    event.id,
                    event.title,
                    event.kind.name(),
                    event.region == null ? null : event.region.name(),
                    event.hostNetwork,
                    event.startsAt,
                    event.endsAt,
                    event.timeZone,
                    event.capacity,
                    event.placesLeft(),
                    event.status.name(),
                    event.version,
                    List.copyOf(event.partners),
                    List.copyOf(event.tags),
                    event.registrationOpensAt,
                    event.registrationClosesAt);
        }
    }

    /**
     * Which fact, if any, a change of an event makes: {@code before} is its status before the change (null when it is
     * being created), {@code changed} whether anything of it changed. The public sees published and completed events
     * only, so: becoming PUBLISHED is EventPublished; a published or completed event that changes and keeps its status
     * is EventUpdated; a published event cancelled is EventCancelled, completed EventCompleted; everything else (a
     * draft, a cancelled event, a draft cancelled) publishes nothing. ({@link EventStatus#next()} decides which moves
     * may happen at all; this only names the fact of each.)
     */
    static Optional<String> factFor(EventStatus before, EventStatus after, boolean changed) {
        if (before == null || !EventStatus.PUBLIC.contains(before)) {
            return after == EventStatus.PUBLISHED ? Optional.of(EVENT_PUBLISHED) : Optional.empty();
        }
        if (before == after) {
            return changed ? Optional.of(EVENT_UPDATED) : Optional.empty();
        }
        return switch (after) {
            case CANCELLED -> Optional.of(EVENT_CANCELLED);
            case COMPLETED -> Optional.of(EVENT_COMPLETED);
            case DRAFT, PUBLISHED -> Optional.of(EVENT_UPDATED);
        };
    }

    private final Outbox outbox;

    public EventEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Records the fact {@link #factFor} names for the event as it is now (after the change was flushed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Event event, EventStatus before, boolean changed) {
        factFor(before, event.status, changed)
                .ifPresent(type -> outbox.record(TOPIC, event.id, type, EventState.of(event)));
    }
}
