package org.proud2bops.members.messaging;

/** Where and under which CloudEvents types the members service publishes facts about members. */
public final class MemberEvents {

    public static final String TOPIC = "members.member.v1";
    public static final String MEMBER_JOINED = "org.proud2bops.members.MemberJoined";
    public static final String MEMBER_UPDATED = "org.proud2bops.members.MemberUpdated";

    private MemberEvents() {
    }
}
