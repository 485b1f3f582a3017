package org.proud2bops.events.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session as an events admin describes it. */
record SessionDetails(
        String title,
        String description,
        UUID streamId,
        Instant startsAt,
        Instant endsAt,
        String room,
        String onlineLink,
        int capacity,
        List<Person> people) {

    /** A chair, co-chair or speaker: {@code memberId}, or a guest's name (and organisation). */
    record Person(SessionRole role, String roleLabel, UUID memberId, String guestName, String guestOrganisation) {}
}
