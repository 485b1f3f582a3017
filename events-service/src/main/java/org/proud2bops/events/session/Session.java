package org.proud2bops.events.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A session of an event: its own times inside the event's, a room or an online link, and places of its own. */
@Entity
@Table(name = "event_session")
public class Session {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    /** The stream it belongs to; null for a session outside every stream (a plenary). */
    @Column(name = "stream_id")
    public UUID streamId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public String room;

    /** Shown only to those who run events and to attendees holding a confirmed booking. */
    @Column(name = "online_link")
    public String onlineLink;

    @Column(nullable = false)
    public int capacity;

    /** Confirmed bookings; changed only under the session's row lock, so it never exceeds the capacity. */
    @Column(name = "places_taken", nullable = false)
    public int placesTaken;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "event_session_person", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    public List<SessionPerson> people = new ArrayList<>();

    @Version
    public long version;

    public int placesLeft() {
        return capacity - placesTaken;
    }

    /** Whether this session's time and the other's share any instant (touching ends do not overlap). */
    public boolean overlaps(Session other) {
        return SessionTimes.overlap(startsAt, endsAt, other.startsAt, other.endsAt);
    }
}
