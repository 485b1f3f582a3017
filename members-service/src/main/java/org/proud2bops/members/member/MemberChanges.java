package org.proud2bops.members.member;

import org.proud2bops.members.organisation.OrganisationChoice;

/** A partial update: null means "leave as it is". */
public record MemberChanges(
        String givenName,
        String familyName,
        String jobTitle,
        RoleLevel roleLevel,
        OrganisationChoice organisation,
        Region region,
        Boolean directoryVisible,
        CommunicationChoices communication,
        String privacyNoticeVersion) {}
