package org.proud2bops.events.messaging;

import java.util.UUID;

/** This service's copy of the members service's MemberJoined/MemberUpdated payload: only the fields it reads. */
public record MemberSnapshot(
        UUID memberId,
        String displayName,
        String region,
        String status,
        String accountSubject,
        Boolean directoryVisible,
        long version) {}
