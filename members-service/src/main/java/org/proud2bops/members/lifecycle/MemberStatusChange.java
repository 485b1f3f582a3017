package org.proud2bops.members.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberStatus;

/** One step in a member's lifecycle: from which status to which, why, by whom (a token subject) and when. */
@Entity
@Table(name = "member_status_change")
public class MemberStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public MemberStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public MemberStatus toStatus;

    public String reason;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The step a member just took to their current status, at their {@code updatedAt}. */
    public static MemberStatusChange of(Member member, MemberStatus from, String reason, String changedBy) {
        MemberStatusChange change = new MemberStatusChange();
        change.memberId = member.id;
        change.fromStatus = from;
        change.toStatus = member.status;
        change.reason = reason == null || reason.isBlank() ? null : reason.strip();
        change.changedBy = changedBy;
        change.changedAt = member.updatedAt;
        return change;
    }
}
