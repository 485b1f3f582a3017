package org.proud2bops.content.event;

import java.util.UUID;

/**
 * What this service reads of the events service's SessionBooked and SessionBookingCancelled payloads: how many places
 * the session has left after the change (nothing about the person).
 */
public record SessionPlacesLeft(UUID sessionId, UUID eventId, Integer placesLeft) {}
