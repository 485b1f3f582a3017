package org.proud2bops.members.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.domain.MemberStatus;
import org.proud2bops.members.domain.MemberStatusChange;

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

    static StatusChangeResponse of(MemberStatusChange change) {
        return new StatusChangeResponse(
                change.fromStatus, change.toStatus, change.reason, change.changedBy, change.changedAt);
    }
}
