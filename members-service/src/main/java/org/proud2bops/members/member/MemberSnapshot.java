package org.proud2bops.members.member;

import java.time.Instant;
import java.util.UUID;

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

    public static MemberSnapshot of(Member member) {
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
