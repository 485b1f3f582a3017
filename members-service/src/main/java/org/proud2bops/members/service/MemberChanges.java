package org.proud2bops.members.service;

import org.proud2bops.members.domain.Region;

/** A partial update: null means "leave as it is". */
public record MemberChanges(String givenName, String familyName, String jobTitle, Region region,
        Boolean directoryVisible) {
}
