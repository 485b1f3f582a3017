package org.proud2bops.members.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberChangeEvents;
import org.proud2bops.members.member.MemberRepository;
import org.proud2bops.members.member.MemberStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;

/** Moves members through their lifecycle, keeping who changed what and when, and telling other services. */
@ApplicationScoped
public class MemberLifecycle {

    private final MemberRepository members;
    private final MemberChangeEvents events;

    public MemberLifecycle(MemberRepository members, MemberChangeEvents events) {
        this.members = members;
        this.events = events;
    }

    /** Stores a new member in its first status; the creation is itself a recorded change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void begin(Member member, MemberStatus status, String changedBy) {
        member.status = status;
        if (status == MemberStatus.ACTIVE) {
            member.joinedAt = member.updatedAt;
        }
        members.persistAndFlush(member);
        record(member, null, null, changedBy);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void change(Member member, MemberStatus to, String reason, String changedBy) {
        MemberStatus from = member.status;
        if (!from.next().contains(to)) {
            throw Problems.of(
                    ProblemType.TRANSITION_NOT_ALLOWED,
                    "A member who is " + describe(from) + " cannot become " + describe(to)
                            + (from.next().isEmpty()
                                    ? ""
                                    : "; possible: "
                                            + from.next().stream()
                                                    .map(MemberStatus::name)
                                                    .toList()));
        }
        if (to == MemberStatus.DECLINED && (reason == null || reason.isBlank())) {
            throw Problems.badRequest("Declining an application needs a reason the applicant can be told", "reason");
        }
        boolean firstActivation = to == MemberStatus.ACTIVE && member.joinedAt == null;
        member.status = to;
        member.updatedAt = Instant.now();
        if (firstActivation) {
            member.joinedAt = member.updatedAt;
        }
        members.flush();
        record(member, from, reason, changedBy);
        events.statusChanged(member, from);
        if (firstActivation) {
            events.joined(member);
        }
    }

    /** A person applying again after being declined or leaving starts a new application on the same record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reapply(Member member, String changedBy) {
        MemberStatus from = member.status;
        member.status = MemberStatus.APPLIED;
        member.updatedAt = Instant.now();
        members.flush();
        record(member, from, "Applied again", changedBy);
        events.statusChanged(member, from);
    }

    /** Erasure is a step like any other, recorded after the record was anonymised; it is never undone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordErasure(Member member, MemberStatus from, String erasedBy) {
        record(member, from, null, erasedBy);
    }

    public List<MemberStatusChange> history(Member member) {
        return members.getEntityManager()
                .createQuery(
                        "from MemberStatusChange where memberId = :id order by changedAt, id", MemberStatusChange.class)
                .setParameter("id", member.id)
                .getResultList();
    }

    private void record(Member member, MemberStatus from, String reason, String changedBy) {
        MemberStatusChange change = new MemberStatusChange();
        change.memberId = member.id;
        change.fromStatus = from;
        change.toStatus = member.status;
        change.reason = reason == null || reason.isBlank() ? null : reason.strip();
        change.changedBy = changedBy;
        change.changedAt = member.updatedAt;
        members.getEntityManager().persist(change);
    }

    private static String describe(MemberStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
