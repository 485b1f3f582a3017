package org.proud2bops.members.domain;

public enum MemberStatus {
    APPLIED,
    ACTIVE,
    LAPSED,
    SUSPENDED,
    LEFT
}
