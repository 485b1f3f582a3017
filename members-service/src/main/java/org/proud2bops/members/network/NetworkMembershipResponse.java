package org.proud2bops.members.network;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "NetworkMembership",
        requiredProperties = {"networkSlug", "memberId", "lead", "joinedAt"})
public record NetworkMembershipResponse(String networkSlug, UUID memberId, boolean lead, Instant joinedAt) {

    static NetworkMembershipResponse of(NetworkMembership membership) {
        return new NetworkMembershipResponse(
                membership.key.networkSlug(), membership.key.memberId(), membership.lead, membership.joinedAt);
    }
}
