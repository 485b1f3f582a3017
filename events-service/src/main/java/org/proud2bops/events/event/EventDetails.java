package org.proud2bops.events.event;

import java.time.Instant;
import java.util.List;
import org.proud2bops.events.question.RegistrationQuestion;

/** Everything an events admin says about an event; the places taken are the service's to count. */
public record EventDetails(
        String title,
        String summary,
        EventKind kind,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String venue,
        boolean online,
        int capacity,
        Region region,
        String hostNetwork,
        EventStatus status,
        Audience audience,
        List<EventPartner> partners,
        List<String> tags,
        List<RegistrationQuestion> questions,
        String onlineLink,
        Instant registrationOpensAt,
        Instant registrationClosesAt) {}
