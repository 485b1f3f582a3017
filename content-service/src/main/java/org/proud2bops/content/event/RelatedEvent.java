package org.proud2bops.content.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.proud2bops.content.publication.PublishedReads;

/**
 * An event of the events service as its latest fact on {@code events.event.v1} describes it: what an item's related
 * event shows. Kept for every event the public has seen (drafts publish no fact), never deleted.
 */
@Entity
@EntityListeners(PublishedReads.RowChanges.class)
@Table(name = "related_event")
public class RelatedEvent {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false)
    public String title;

    /** The events service's kind of event (summit, webinar, ...), as it names it. */
    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventStatus status;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** The region of a regional event; null for a national one. */
    public String region;

    /** The hosting network's slug and name; null for the national network's events. */
    @Column(name = "host_network")
    public String hostNetwork;

    @Column(name = "host_network_name")
    public String hostNetworkName;

    /** Who may come (OPEN_TO_GUESTS, MEMBERS_ONLY, BY_INVITATION); null when the fact did not say. */
    public String audience;

    /** The event's version in the events service: a fact with an older one changes nothing. */
    @Column(name = "event_version", nullable = false)
    public long eventVersion;

    /** Taken from a sequence at every change of the event or of its sessions' places: part of what shows it's ETags. */
    @Column(name = "change_number", nullable = false)
    public long changeNumber;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
