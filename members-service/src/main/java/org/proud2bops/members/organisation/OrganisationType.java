package org.proud2bops.members.organisation;

public enum OrganisationType {
    ACUTE,
    COMMUNITY,
    MENTAL_HEALTH,
    AMBULANCE,
    INDEPENDENT,
    INTEGRATED_CARE_BOARD,
    NATIONAL_BODY,
    OTHER
}
