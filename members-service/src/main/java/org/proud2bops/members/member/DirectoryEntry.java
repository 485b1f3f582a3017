package org.proud2bops.members.member;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the directory shows of a member to other people: no email, no status, no preferences. */
@Schema(
        name = "DirectoryEntry",
        requiredProperties = {"id", "givenName", "familyName"})
public record DirectoryEntry(
        UUID id,
        String givenName,
        String familyName,
        String jobTitle,
        RoleLevel roleLevel,
        OrganisationSummary organisation,
        Region region) {

    public static DirectoryEntry of(Member member) {
        return new DirectoryEntry(
                member.id,
                member.givenName,
                member.familyName,
                member.jobTitle,
                member.roleLevel,
                OrganisationSummary.of(member),
                member.region);
    }
}
