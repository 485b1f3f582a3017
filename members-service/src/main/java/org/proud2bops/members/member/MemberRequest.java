package org.proud2bops.members.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.organisation.OrganisationChoice;

@Schema(
        name = "MemberRequest",
        examples = "{\"givenName\":\"Aisha\",\"familyName\":\"Okafor\",\"email\":\"aisha.okafor@nhs.example\","
                + "\"jobTitle\":\"General Manager, Emergency Care\",\"roleLevel\":\"GENERAL_MANAGER\",\"organ"
                + "isationOdsCode\":\"RJ1\",\"directoryVisible\":true,\"communicationPreferences\":{\"newsEma"
                + "ils\":true,\"eventEmails\":true,\"regionalNetworkEmails\":false}}",
        description = "A new member of the network, registered by an admin")
public record MemberRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 200) String jobTitle,
        @Schema(description = "Default OTHER") RoleLevel roleLevel,

        @Schema(description = "ODS code of a listed organisation") @Size(max = 10) @Pattern(regexp = "[A-Za-z0-9]+")
        String organisationOdsCode,

        @Schema(description = "Name of an organisation that is not listed yet; admins review it")
        @Size(min = 2, max = 200)
        String proposedOrganisation,

        @Schema(description = "May be left out when the organisation is listed: the member is in its region")
        Region region,

        @Schema(description = "Whether other members and regional networks may find this member; default false")
        Boolean directoryVisible,

        @Valid CommunicationPreferencesBody communicationPreferences,

        @Schema(description = "The privacy notice version the person accepted, if known") @Size(max = 20)
        String privacyNoticeVersion) {

    NewMember toNewMember() {
        return new NewMember(
                givenName,
                familyName,
                email,
                jobTitle,
                roleLevel,
                new OrganisationChoice(organisationOdsCode, proposedOrganisation),
                region,
                Boolean.TRUE.equals(directoryVisible),
                CommunicationPreferencesBody.choices(communicationPreferences),
                privacyNoticeVersion);
    }
}
