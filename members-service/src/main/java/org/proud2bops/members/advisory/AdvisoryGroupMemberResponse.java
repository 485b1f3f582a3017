package org.proud2bops.members.advisory;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdvisoryGroupMember",
        requiredProperties = {"memberId", "givenName", "familyName", "termStartsOn", "termEndsOn"},
        description = "A member serving on the advisory group, and their term")
public record AdvisoryGroupMemberResponse(
        UUID memberId,
        String givenName,
        String familyName,
        String jobTitle,
        String organisationName,
        LocalDate termStartsOn,
        LocalDate termEndsOn) {

    static AdvisoryGroupMemberResponse of(AdvisoryApplication accepted) {
        return new AdvisoryGroupMemberResponse(
                accepted.member.id,
                accepted.member.givenName,
                accepted.member.familyName,
                accepted.member.jobTitle,
                accepted.member.organisationName(),
                accepted.call.termStartsOn,
                accepted.call.termEndsOn);
    }
}
