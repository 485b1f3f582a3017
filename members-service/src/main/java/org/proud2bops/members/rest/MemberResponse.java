package org.proud2bops.members.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.domain.Member;
import org.proud2bops.members.domain.MemberStatus;
import org.proud2bops.members.domain.Region;

@Schema(name = "Member")
public record MemberResponse(UUID id, String givenName, String familyName, String email, String jobTitle,
        Region region, MemberStatus status, boolean directoryVisible, Instant joinedAt, Instant updatedAt) {

    static MemberResponse of(Member member) {
        return new MemberResponse(member.id, member.givenName, member.familyName, member.email, member.jobTitle,
                member.region, member.status, member.directoryVisible, member.joinedAt, member.updatedAt);
    }
}
