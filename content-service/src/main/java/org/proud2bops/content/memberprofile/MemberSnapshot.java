package org.proud2bops.content.memberprofile;

import java.util.UUID;

/** This service's copy of the members service's MemberJoined/MemberUpdated payload: only the fields it reads. */
public record MemberSnapshot(
        UUID memberId, String displayName, MemberStatus status, String accountSubject, long version) {}
