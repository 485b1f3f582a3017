package org.proud2bops.members.member;

/** How senior a member's role is, from first-line service management to chief executive. */
public enum RoleLevel {
    SERVICE_MANAGER,
    GENERAL_MANAGER,
    DIRECTOR,
    CHIEF_OPERATING_OFFICER,
    CHIEF_EXECUTIVE,
    OTHER
}
