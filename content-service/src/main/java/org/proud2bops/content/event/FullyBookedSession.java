package org.proud2bops.content.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.proud2bops.content.publication.PublishedReads;

/**
 * A session of an event whose last place was taken (SessionFullyBooked), until a place frees up again (a booking
 * given up leaving places).
 */
@Entity
@EntityListeners(PublishedReads.RowChanges.class)
@Table(name = "related_event_full_session")
public class FullyBookedSession {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public String title;

    /** When the session is; null when the fact came from an events service that did not say yet. */
    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "full_at", nullable = false)
    public Instant fullAt;
}
