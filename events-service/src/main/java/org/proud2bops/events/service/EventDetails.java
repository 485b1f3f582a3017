package org.proud2bops.events.service;

import java.time.Instant;
import org.proud2bops.events.domain.EventKind;
import org.proud2bops.events.domain.EventStatus;
import org.proud2bops.events.domain.Region;

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
        EventStatus status) {}
