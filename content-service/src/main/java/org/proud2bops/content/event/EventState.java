package org.proud2bops.content.event;

import java.time.Instant;
import java.util.UUID;

/**
 * This service's copy of the events service's event state, the payload of EventPublished, EventUpdated, EventCancelled
 * and EventCompleted (only the fields content shows; the others are ignored).
 */
public record EventState(
        UUID eventId,
        String title,
        String kind,
        String region,
        String hostNetwork,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        EventStatus status,
        Long version,
        String audience,
        String hostNetworkName) {}
