package org.proud2bops.members.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.organisation.OrganisationChoice;

@Schema(
        name = "MemberPatchRequest",
        examples = "{\"jobTitle\":\"Director of Operations\",\"roleLevel\":\"DIRECTOR\"}",
        description = "Fields to change; omitted fields keep their value")
public record MemberPatchRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String givenName,

        @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String familyName,

        @Size(max = 200) String jobTitle,
        RoleLevel roleLevel,

        @Schema(description = "ODS code of a listed organisation") @Size(max = 10) @Pattern(regexp = "[A-Za-z0-9]+")
        String organisationOdsCode,

        @Schema(description = "Name of an organisation that is not listed yet; admins review it")
        @Size(min = 2, max = 200)
        String proposedOrganisation,

        Region region,

        @Schema(description = "Whether other members and regional networks may find this member")
        Boolean directoryVisible,

        @Valid CommunicationPreferencesBody communicationPreferences,

        @Schema(description = "Accept this privacy notice version (the current one); the time is recorded")
        @Size(max = 20)
        String privacyNoticeVersion) {

    MemberChanges toChanges() {
        OrganisationChoice organisation = organisationOdsCode == null && proposedOrganisation == null
                ? null
                : new OrganisationChoice(organisationOdsCode, proposedOrganisation);
        return new MemberChanges(
                givenName,
                familyName,
                jobTitle,
                roleLevel,
                organisation,
                region,
                directoryVisible,
                CommunicationPreferencesBody.choices(communicationPreferences),
                privacyNoticeVersion);
    }
}
