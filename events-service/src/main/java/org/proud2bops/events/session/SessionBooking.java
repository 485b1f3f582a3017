package org.proud2bops.events.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.proud2bops.events.registration.Registration;

/** A registration's place at one of its event's sessions, or its place in that session's waiting list. */
@Entity
@Table(name = "session_booking")
public class SessionBooking {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    public Session session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    public Registration registration;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionBookingStatus status;

    @Column(name = "booked_at", nullable = false)
    public Instant bookedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /** When the attendee was first checked in at the session's door; never changed after. */
    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Version
    public long version;

    /**
     * While WAITLISTED, the place in the session's line (1 = next in line), derived when the row is read as the
     * registration's is: nobody is renumbered when someone ahead leaves or is promoted. Null for any other status.
     */
    @Formula("(case when status = 'WAITLISTED' then (select count(*) from session_booking ahead"
            + " where ahead.session_id = session_id and ahead.status = 'WAITLISTED'"
            + " and (ahead.booked_at < booked_at or (ahead.booked_at = booked_at and ahead.id <= id)))"
            + " end)")
    public Integer waitlistPosition;
}
