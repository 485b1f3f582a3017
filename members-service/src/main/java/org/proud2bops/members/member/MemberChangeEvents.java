package org.proud2bops.members.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.proud2bops.members.member.MemberEvents.MemberAccountLinked;
import org.proud2bops.members.member.MemberEvents.MemberErased;
import org.proud2bops.members.member.MemberEvents.MemberStatusChanged;
import org.proud2bops.platform.outbox.Outbox;

/**
 * Records what happened to a member in the outbox, in the caller's transaction. Call after flushing, so the
 * payload carries the version the change produced.
 */
@ApplicationScoped
public class MemberChangeEvents {

    private final Outbox outbox;

    public MemberChangeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void joined(Member member) {
        outbox.record(MemberEvents.TOPIC, member.id, MemberEvents.MEMBER_JOINED, MemberSnapshot.of(member));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(Member member) {
        outbox.record(MemberEvents.TOPIC, member.id, MemberEvents.MEMBER_UPDATED, MemberSnapshot.of(member));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(Member member, MemberStatus from) {
        outbox.record(
                MemberEvents.TOPIC,
                member.id,
                MemberEvents.MEMBER_STATUS_CHANGED,
                new MemberStatusChanged(
                        member.id,
                        from == null ? null : from.name(),
                        member.status.name(),
                        member.updatedAt,
                        member.version));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void accountLinked(Member member) {
        outbox.record(
                MemberEvents.TOPIC,
                member.id,
                MemberEvents.MEMBER_ACCOUNT_LINKED,
                new MemberAccountLinked(member.id, member.subject, Instant.now()));
    }

    /**
     * MemberErased, then the member key's tombstone: on the compacted topic the broker drops every earlier record of
     * the member, MemberErased included, once consumers had {@code min.compaction.lag.ms} to read it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(Member member) {
        outbox.record(
                MemberEvents.TOPIC,
                member.id,
                MemberEvents.MEMBER_ERASED,
                new MemberErased(member.id, member.erasedAt, member.version));
        outbox.recordTombstone(MemberEvents.TOPIC, member.id);
    }
}
