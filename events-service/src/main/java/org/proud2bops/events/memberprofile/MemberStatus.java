package org.proud2bops.events.memberprofile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a member is in their membership. The members service owns this vocabulary (its {@code MemberStatus}); this
 * is the events service's copy and changes only after it.
 */
public enum MemberStatus {
    APPLIED,
    DECLINED,
    ACTIVE,
    LAPSED,
    SUSPENDED,
    LEFT,
    ERASED;

    /** A membership that lapsed, was suspended or ended: its places at members-only events are released. */
    public static final Set<MemberStatus> NO_LONGER_ACTIVE =
            Collections.unmodifiableSet(EnumSet.of(LAPSED, SUSPENDED, LEFT));
}
