package org.proud2bops.events.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.proud2bops.events.checkin.CheckInCodes;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.guest.GuestErasureTokens;
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

    /**
     * What the attendee shows at the door (as text or as a QR code) and the desk scans: unguessable, unique, made when
     * the registration is (by whatever path), see {@link CheckInCodes}.
     */
    @Column(name = "check_in_code", nullable = false, updatable = false)
    public String checkInCode;

    /** When the attendee was first checked in at the door; null until then, never changed after. */
    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    /**
     * The SHA-256 of the token that lets a guest erase their own data ({@link GuestErasureTokens}); null for a member.
     * The token itself is never stored.
     */
    @Column(name = "guest_erasure_token_hash", updatable = false)
    public String guestErasureTokenHash;

    /** When the guest's name, email and organisation were erased; null until then (and for a member). */
    @Column(name = "guest_erased_at")
    public Instant guestErasedAt;

    /**
     * The answers to the event's registration questions, by question key (checked by
     * {@link org.proud2bops.events.question.RegistrationAnswers}); null when none. Personal data: removed when the
     * attendee is erased.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "answers")
    public Map<String, String> answers;

    /**
     * The guest's erasure token, only on the registration just made (for the response to whoever made it): it exists
     * nowhere else, and is gone once this object is.
     */
    @Transient
    public String guestErasureToken;

    @PrePersist
    void issueCheckInCode() {
        if (checkInCode == null) {
            checkInCode = CheckInCodes.newCode();
        }
        issueGuestErasureToken();
    }

    /** Part of the one {@code @PrePersist} callback JPA allows: a guest's registration gets its erasure token. */
    private void issueGuestErasureToken() {
        if (member == null && guestErasureTokenHash == null) {
            guestErasureToken = GuestErasureTokens.newToken();
            guestErasureTokenHash = GuestErasureTokens.hash(guestErasureToken);
        }
    }

    public String attendeeName() {
        return member != null ? member.displayName : guestName;
    }
}
