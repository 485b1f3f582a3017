package org.proud2bops.members.lifecycle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.member.MemberStatus;

@Schema(
        name = "MemberStatusChangeRequest",
        examples = "{\"status\":\"DECLINED\",\"reason\":\"We could not confirm an operational role in a provid"
                + "er organisation\"}",
        description = "Move a member to another status. From APPLIED: ACTIVE "
                + "(approve) or DECLINED (needs a reason); from ACTIVE: LAPSED, SUSPENDED or LEFT; from LAPSED or SUSPENDED: "
                + "ACTIVE or LEFT; from LEFT: ACTIVE.")
public record StatusChangeRequest(
        @NotNull MemberStatus status,

        @Schema(description = "Why; required to decline an application, and shown to the member") @Size(max = 500)
        String reason) {}
