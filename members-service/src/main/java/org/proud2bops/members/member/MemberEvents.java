package org.proud2bops.members.member;

import java.time.Instant;
import java.util.UUID;

/** Where and under which CloudEvents types the members service publishes facts about members. */
public final class MemberEvents {

    public static final String TOPIC = "members.member.v1";
    public static final String MEMBER_JOINED = "org.proud2bops.members.MemberJoined";
    public static final String MEMBER_UPDATED = "org.proud2bops.members.MemberUpdated";
    public static final String MEMBER_STATUS_CHANGED = "org.proud2bops.members.MemberStatusChanged";
    public static final String MEMBER_ERASED = "org.proud2bops.members.MemberErased";
    public static final String MEMBER_ACCOUNT_LINKED = "org.proud2bops.members.MemberAccountLinked";

    /** A member moved from one lifecycle status to another; {@code version} orders it among the member's facts. */
    public record MemberStatusChanged(
            UUID memberId, String fromStatus, String toStatus, Instant changedAt, long version) {}

    /**
     * Everything the members service held about this person is gone; every consumer removes or anonymises what it
     * holds about {@code memberId} and ignores any older fact about them.
     */
    public record MemberErased(UUID memberId, Instant erasedAt, long version) {}

    /**
     * The member signed in for the first time and their record is now linked to the identity provider's
     * {@code accountSubject}; it leaves the member's version unchanged, as it is not an edit of their data.
     */
    public record MemberAccountLinked(UUID memberId, String accountSubject, Instant linkedAt) {}

    private MemberEvents() {}
}
