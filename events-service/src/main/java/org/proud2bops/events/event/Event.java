package org.proud2bops.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A summit, session, webinar or course of the network. Times are instants; {@link #timeZone} is where it happens. */
@Entity
@Table(name = "event")
@EntityListeners(PublishedListing.RowChanges.class)
public class Event {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventStatus status;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "venue")
    public String venue;

    @Column(nullable = false)
    public boolean online;

    @Column(nullable = false)
    public int capacity;

    /** The region whose networks host the event; null for the national network's events. */
    @Enumerated(EnumType.STRING)
    @Column(name = "region")
    public Region region;

    /** The hosting network's slug, as the members service names it (e.g. "london", "p2b-at-rj1"). */
    @Column(name = "host_network")
    public String hostNetwork;

    /** Confirmed registrations; changed only under the event's row lock, so it never exceeds the capacity. */
    @Column(name = "places_taken", nullable = false)
    public int placesTaken;

    /** The hosting network's name, copied from the networks projection when the event is written. */
    @Column(name = "host_network_name")
    public String hostNetworkName;

    /** Who may come: open to guests, members only, or by invitation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false)
    public Audience audience = Audience.OPEN_TO_GUESTS;

    @Version
    public long version;

    public int placesLeft() {
        return capacity - placesTaken;
    }
}
