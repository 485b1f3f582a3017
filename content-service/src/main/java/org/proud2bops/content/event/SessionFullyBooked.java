package org.proud2bops.content.event;

import java.time.Instant;
import java.util.UUID;

/** This service's copy of the events service's SessionFullyBooked payload ({@code startsAt}, {@code endsAt} optional). */
public record SessionFullyBooked(
        UUID sessionId,
        UUID eventId,
        String title,
        Integer capacity,
        Instant fullAt,
        Instant startsAt,
        Instant endsAt) {}
