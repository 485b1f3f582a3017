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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.proud2bops.events.question.RegistrationQuestion;

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

    /** Organisations the event is held with; empty when none. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "partners", nullable = false)
    public List<EventPartner> partners = new ArrayList<>();

    /** Lower-case tags, each once, in the order the admin gave them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", nullable = false)
    public List<String> tags = new ArrayList<>();

    /** What the event asks whoever registers (access or dietary needs...); the answers stay with the registration. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "questions", nullable = false)
    public List<RegistrationQuestion> questions = new ArrayList<>();

    /** Where to join online (https); shown to confirmed attendees and those who run events only. */
    @Column(name = "online_link")
    public String onlineLink;

    /** When registration opens; null: as soon as the event is published. */
    @Column(name = "registration_opens_at")
    public Instant registrationOpensAt;

    /** When registration closes; null: when the event starts. Never after the start. */
    @Column(name = "registration_closes_at")
    public Instant registrationClosesAt;

    public int placesLeft() {
        return capacity - placesTaken;
    }

    /** When registration closes: its own closing time, or the start of the event. */
    public Instant registrationClosesAtOrStart() {
        return registrationClosesAt != null ? registrationClosesAt : startsAt;
    }
}
