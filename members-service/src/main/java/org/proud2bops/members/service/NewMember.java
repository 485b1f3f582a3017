package org.proud2bops.members.service;

import org.proud2bops.members.domain.Region;

public record NewMember(String givenName, String familyName, String email, String jobTitle, Region region,
        boolean directoryVisible) {
}
