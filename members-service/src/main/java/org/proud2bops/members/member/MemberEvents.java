package org.proud2bops.members.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.proud2bops.platform.outbox.Outbox;

/**
 * What the members service tells others about members, recorded in the outbox in the caller's transaction and keyed
 * by the member's id. Call after flushing, so the payload carries the version the change produced.
 */
@ApplicationScoped
public class MemberEvents {

    public static final String TOPIC = "members.member.v1";
    public static final String MEMBER_JOINED = "org.proud2bops.members.MemberJoined";
    public static final String MEMBER_UPDATED = "org.proud2bops.members.MemberUpdated";
    public static final String MEMBER_STATUS_CHANGED = "org.proud2bops.members.MemberStatusChanged";
    public static final String MEMBER_ERASED = "org.proud2bops.members.MemberErased";
    public static final String MEMBER_ACCOUNT_LINKED = "org.proud2bops.members.MemberAccountLinked";

    /**
     * The payload of MemberJoined and MemberUpdated: what other services need to show and route a member, never the
     * email or anything else they have no use for. {@code accountSubject} is the identity provider's {@code sub} the
     * member signs in with (null until linked), so other services can recognise the member's own token.
     * {@code directoryVisible} is the member's directory choice: other services show the member to regional networks'
     * clients only when it is true (and the member is active).
     */
    public record MemberSnapshot(
            UUID memberId,
            String displayName,
            String organisationOdsCode,
            String organisationName,
            String region,
            String status,
            Instant joinedAt,
            String accountSubject,
            boolean directoryVisible,
            long version) {

        static MemberSnapshot of(Member member) {
            return new MemberSnapshot(
                    member.id,
                    member.displayName(),
                    member.organisation == null ? null : member.organisation.odsCode,
                    member.organisationName(),
                    member.region.name(),
                    member.status.name(),
                    member.joinedAt,
                    member.subject,
                    member.directoryVisible,
                    member.version);
        }
    }

    /** A member moved from one lifecycle status to another; {@code version} orders it among the member's facts. */
    public record MemberStatusChanged(
            UUID memberId, String fromStatus, String toStatus, Instant changedAt, long version) {}

    /**
     * Everything the members service held about this person is gone; every consumer removes or anonymises what it
     * holds about {@code memberId} and ignores any older fact about them.
     */
    public record MemberErased(UUID memberId, Instant erasedAt, long version) {}

    /**
     * The member signed in for the first time and their record is now linked to the identity provider's
     * {@code accountSubject}; it leaves the member's version unchanged, as it is not an edit of their data.
     */
    public record MemberAccountLinked(UUID memberId, String accountSubject, Instant linkedAt) {}

    private final Outbox outbox;

    public MemberEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void joined(Member member) {
        outbox.record(TOPIC, member.id, MEMBER_JOINED, MemberSnapshot.of(member));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(Member member) {
        outbox.record(TOPIC, member.id, MEMBER_UPDATED, MemberSnapshot.of(member));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(Member member, MemberStatus from) {
        outbox.record(
                TOPIC,
                member.id,
                MEMBER_STATUS_CHANGED,
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
                TOPIC,
                member.id,
                MEMBER_ACCOUNT_LINKED,
                new MemberAccountLinked(member.id, member.subject, Instant.now()));
    }

    /**
     * MemberErased, then the member key's tombstone: on the compacted topic the broker drops every earlier record of
     * the member, MemberErased included, once consumers had {@code min.compaction.lag.ms} to read it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(Member member) {
        outbox.record(TOPIC, member.id, MEMBER_ERASED, new MemberErased(member.id, member.erasedAt, member.version));
        outbox.recordTombstone(TOPIC, member.id);
    }
}
