package org.proud2bops.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Records facts in the caller's transaction; {@link OutboxRelay} publishes them after the commit. */
@ApplicationScoped
public class Outbox {

    private final OutboxEventRepository events;
    private final ObjectMapper objectMapper;

    public Outbox(OutboxEventRepository events, ObjectMapper objectMapper) {
        this.events = events;
        this.objectMapper = objectMapper;
    }

    /**
     * @param topic the aggregate's versioned topic, e.g. {@code members.member.v1}
     * @param aggregateId the Kafka key, so one aggregate's facts stay in order
     * @param type the CloudEvents type, past tense, e.g. {@code org.proud2bops.members.MemberJoined}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent record(String topic, Object aggregateId, String type, Object payload) {
        OutboxEvent event = newEvent(topic, aggregateId, type);
        event.payload = json(payload);
        events.persist(event);
        return event;
    }

    /**
     * Records a tombstone for the aggregate: its key with no value, published after every fact recorded before it.
     * On a compacted topic the broker then drops every earlier record of the key (and, after the topic's
     * {@code delete.retention.ms}, the tombstone itself).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent recordTombstone(String topic, Object aggregateId) {
        OutboxEvent event = newEvent(topic, aggregateId, OutboxEvent.TOMBSTONE);
        events.persist(event);
        return event;
    }

    /**
     * Drops every fact recorded about one aggregate, sent or not, so personal data in their payloads is gone; for
     * erasure, which then records the fact that supersedes them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long forget(Object aggregateId) {
        return events.deleteAbout(aggregateId.toString());
    }

    private static OutboxEvent newEvent(String topic, Object aggregateId, String type) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.aggregateId = aggregateId.toString();
        event.type = type;
        event.occurredAt = Instant.now();
        return event;
    }

    private String json(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON", e);
        }
    }
}
