package org.proud2bops.events.memberprofile;

import java.util.UUID;
import org.proud2bops.events.event.Region;

/** This service's copy of the members service's MemberJoined/MemberUpdated payload: only the fields it reads. */
public record MemberSnapshot(
        UUID memberId,
        String displayName,
        Region region,
        MemberStatus status,
        String accountSubject,
        Boolean directoryVisible,
        long version) {}
