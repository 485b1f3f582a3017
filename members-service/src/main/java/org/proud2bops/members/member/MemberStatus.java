package org.proud2bops.members.member;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a person is in their membership: applied, then active (or declined), then lapsed or suspended, then left.
 * Erased is final and reached only by erasure.
 */
public enum MemberStatus {
    APPLIED,
    DECLINED,
    ACTIVE,
    LAPSED,
    SUSPENDED,
    LEFT,
    ERASED;

    /** The statuses a member in this one may be moved to by a status change. */
    public Set<MemberStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(ACTIVE, DECLINED);
            case ACTIVE -> EnumSet.of(LAPSED, SUSPENDED, LEFT);
            case LAPSED, SUSPENDED -> EnumSet.of(ACTIVE, LEFT);
            case LEFT -> EnumSet.of(ACTIVE);
            case DECLINED, ERASED -> EnumSet.noneOf(MemberStatus.class);
        };
    }

    /** A person whose membership ended or never began may apply again. */
    public boolean mayReapply() {
        return this == DECLINED || this == LEFT;
    }
}
