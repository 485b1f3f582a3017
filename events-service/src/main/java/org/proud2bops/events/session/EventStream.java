package org.proud2bops.events.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A stream of an event's sessions (e.g. "Operational excellence"), listed in {@link #position} order. */
@Entity
@Table(name = "event_stream")
public class EventStream {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int position;

    @Version
    public long version;
}
