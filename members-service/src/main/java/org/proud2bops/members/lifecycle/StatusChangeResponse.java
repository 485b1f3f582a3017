package org.proud2bops.members.lifecycle;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.member.MemberStatus;

@Schema(
        name = "MemberStatusChange",
        requiredProperties = {"toStatus", "changedBy", "changedAt"},
        description = "One step of a member's lifecycle")
public record StatusChangeResponse(
        MemberStatus fromStatus,
        MemberStatus toStatus,
        String reason,

        @Schema(description = "The subject of the token that made the change")
        String changedBy,

        Instant changedAt) {

    public static StatusChangeResponse of(MemberStatusChange change) {
        return new StatusChangeResponse(
                change.fromStatus, change.toStatus, change.reason, change.changedBy, change.changedAt);
    }
}
