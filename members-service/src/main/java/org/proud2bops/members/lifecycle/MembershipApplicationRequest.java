package org.proud2bops.members.lifecycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.member.CommunicationPreferencesBody;
import org.proud2bops.members.member.NewMember;
import org.proud2bops.members.member.Region;
import org.proud2bops.members.member.RoleLevel;
import org.proud2bops.members.organisation.OrganisationChoice;

@Schema(
        name = "MembershipApplication",
        examples = "{\"givenName\":\"Jamie\",\"familyName\":\"Fraser\",\"jobTitle\":\"Service Manager, Communi"
                + "ty Nursing\",\"roleLevel\":\"SERVICE_MANAGER\",\"proposedOrganisation\":\"Northshire Commu"
                + "nity Health Trust\",\"region\":\"NORTH_WEST\",\"directoryVisible\":false,\"privacyNoticeVe"
                + "rsion\":\"2026-01\"}",
        description = "Applying to join; the email is the verified one of your token")
public record MembershipApplicationRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @Size(max = 200) String jobTitle,
        @Schema(description = "Default OTHER") RoleLevel roleLevel,

        @Schema(description = "ODS code of a listed organisation") @Size(max = 10) @Pattern(regexp = "[A-Za-z0-9]+")
        String organisationOdsCode,

        @Schema(description = "Name of an organisation that is not listed yet; admins review it")
        @Size(min = 2, max = 200)
        String proposedOrganisation,

        @Schema(description = "May be left out when the organisation is listed: you are in its region")
        Region region,

        @Schema(description = "Whether other members and regional networks may find you; default false")
        Boolean directoryVisible,

        @Valid CommunicationPreferencesBody communicationPreferences,

        @Schema(description = "The version of the privacy notice you accept; must be the current one")
        @NotBlank
        @Size(max = 20)
        String privacyNoticeVersion) {

    NewMember toNewMember() {
        return new NewMember(
                givenName,
                familyName,
                null,
                jobTitle,
                roleLevel,
                new OrganisationChoice(organisationOdsCode, proposedOrganisation),
                region,
                Boolean.TRUE.equals(directoryVisible),
                CommunicationPreferencesBody.choices(communicationPreferences),
                privacyNoticeVersion);
    }
}
