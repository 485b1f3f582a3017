package org.proud2bops.platform.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvent read from a Kafka record in binary mode; anything that is not one is a {@link MalformedEventException}. */
public record IncomingCloudEvent(String id, String type, String source, Instant time, String subject, String data) {

    private static final ObjectMapper TOLERANT_READER = new ObjectMapper()
            .findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static IncomingCloudEvent from(ConsumerRecord<String, String> record) {
        try {
            return new IncomingCloudEvent(
                    required(record, "ce_id"),
                    required(record, "ce_type"),
                    required(record, "ce_source"),
                    Instant.parse(required(record, "ce_time")),
                    optional(record, "ce_subject"),
                    requireBody(record.value()));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not an ISO-8601 instant", e);
        }
    }

    /** Reads the payload, ignoring fields this consumer does not know yet (event types only grow). */
    public <T> T dataAs(Class<T> type) {
        try {
            return TOLERANT_READER.readValue(data, type);
        } catch (IOException e) {
            throw new MalformedEventException(
                    "payload of " + this.type + " " + id + " is not a valid " + type.getSimpleName(), e);
        }
    }

    /** The value of a payload field the reader needs: a MalformedEventException (a dead letter) when it is missing. */
    public <T> T require(T value, String field) {
        if (value == null) {
            throw new MalformedEventException(type + " " + id + " lacks " + field, null);
        }
        return value;
    }

    /** The record key as the UUID it names (a member's id, say); empty when it is none. */
    public static Optional<UUID> uuidKey(String key) {
        try {
            return Optional.of(UUID.fromString(key));
        } catch (IllegalArgumentException | NullPointerException notAUuid) {
            return Optional.empty();
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = optional(record, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents header " + name, null);
        }
        return value;
    }

    private static String optional(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String requireBody(String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("empty payload", null);
        }
        return value;
    }
}
