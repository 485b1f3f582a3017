package org.proud2bops.content.memberprofile;

/**
 * Where a member is in their membership. The members service owns this vocabulary (its {@code MemberStatus}); this
 * is the content service's copy and changes only after it.
 */
public enum MemberStatus {
    APPLIED,
    DECLINED,
    ACTIVE,
    LAPSED,
    SUSPENDED,
    LEFT,
    ERASED
}
