package org.proud2bops.members.messaging;

import java.time.Instant;
import java.util.UUID;
import org.proud2bops.members.domain.Member;

/**
 * The payload of MemberJoined and MemberUpdated: what other services need to show and route a member, never the
 * email or anything else they have no use for.
 */
public record MemberSnapshot(UUID memberId, String displayName, String organisationOdsCode, String organisationName,
        String region, String status, Instant joinedAt, long version) {

    public static MemberSnapshot of(Member member) {
        return new MemberSnapshot(member.id, member.displayName(),
                member.organisation == null ? null : member.organisation.odsCode, member.organisationName(),
                member.region.name(), member.status.name(), member.joinedAt, member.version);
    }
}
