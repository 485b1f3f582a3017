package org.proud2bops.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A fact waiting to be published. The columns carry Debezium's outbox names (aggregatetype holds the topic) so a
 * CDC connector can replace the relay without a schema change.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    /** The {@code type} of a row that publishes a tombstone: the key with no value and no CloudEvents headers. */
    public static final String TOMBSTONE = "kafka.tombstone";

    @Id
    public UUID id;

    @Column(name = "aggregatetype", nullable = false)
    public String topic;

    @Column(name = "aggregateid", nullable = false)
    public String aggregateId;

    @Column(name = "type", nullable = false)
    public String type;

    /** The event's JSON; null for a tombstone. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "payload")
    public String payload;

    @Column(name = "timestamp", nullable = false)
    public Instant occurredAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    public boolean isTombstone() {
        return payload == null;
    }
}
