package org.proud2bops.members.member;

import org.proud2bops.members.organisation.OrganisationChoice;

/**
 * A person joining, by an admin's registration, an import or their own application. {@code region} may be null
 * when the organisation is a listed one: the member is then in the organisation's region.
 */
public record NewMember(
        String givenName,
        String familyName,
        String email,
        String jobTitle,
        RoleLevel roleLevel,
        OrganisationChoice organisation,
        Region region,
        boolean directoryVisible,
        CommunicationChoices communication,
        String privacyNoticeVersion) {

    public NewMember withEmail(String verifiedEmail) {
        return new NewMember(
                givenName,
                familyName,
                verifiedEmail,
                jobTitle,
                roleLevel,
                organisation,
                region,
                directoryVisible,
                communication,
                privacyNoticeVersion);
    }
}
