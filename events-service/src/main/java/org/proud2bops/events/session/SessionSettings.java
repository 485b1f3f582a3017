package org.proud2bops.events.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.util.UUID;

/** How an event's sessions are booked; an event without a row has the defaults (no overlapping sessions). */
@Entity
@Table(name = "event_session_settings")
public class SessionSettings {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    /** Whether one attendee may book sessions whose times overlap. */
    @Column(name = "overlap_allowed", nullable = false)
    public boolean overlapAllowed;

    @Version
    public long version;

    /** False for the defaults of an event without a row. */
    @Transient
    boolean stored = true;

    /**
     * The version its ETag names: 0 for the defaults (no row yet), the row's version + 1 once stored, so the first
     * change (which stores the row at version 0) moves the ETag too.
     */
    public long tagVersion() {
        return stored ? version + 1 : 0;
    }

    /** The settings an event has before anyone changed them: never stored, version 0. */
    static SessionSettings defaultsFor(UUID eventId) {
        SessionSettings settings = new SessionSettings();
        settings.eventId = eventId;
        settings.stored = false;
        return settings;
    }
}
