package org.proud2bops.events.registration;

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
import org.proud2bops.events.event.Event;
import org.proud2bops.events.memberprofile.MemberProfile;

/** A place at an event, held by a member or by a guest who is not a member. */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    /** The attending member; null for a guest. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    public MemberProfile member;

    @Column(name = "guest_name")
    public String guestName;

    @Column(name = "guest_email")
    public String guestEmail;

    @Column(name = "guest_organisation")
    public String guestOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    /** The token subject (a person's, or an integration client's) that made the registration. */
    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "registered_as", nullable = false)
    public Registrant registeredAs;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Version
    public long version;

    /**
     * While WAITLISTED, the place in the event's line (1 = next in line): derived when the row is read from how many
     * waitlisted registrations for the event were made before it (registered_at, then id), so nobody is renumbered
     * when someone ahead leaves or is promoted. Null for any other status; read-only, and only as fresh as the read.
     */
    @Formula("(case when status = 'WAITLISTED' then (select count(*) from registration ahead"
            + " where ahead.event_id = event_id and ahead.status = 'WAITLISTED'"
            + " and (ahead.registered_at < registered_at or (ahead.registered_at = registered_at and ahead.id <= id)))"
            + " end)")
    public Integer waitlistPosition;

    public String attendeeName() {
        return member != null ? member.displayName : guestName;
    }
}
