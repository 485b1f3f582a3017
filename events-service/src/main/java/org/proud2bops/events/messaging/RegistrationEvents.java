package org.proud2bops.events.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * What the events service tells others about places at events. A guest's name and email are never published; a
 * member is named by id only.
 */
public final class RegistrationEvents {

    public static final String TOPIC = "events.registration.v1";
    public static final String REGISTRATION_CONFIRMED = "org.proud2bops.events.RegistrationConfirmed";
    public static final String REGISTRATION_CANCELLED = "org.proud2bops.events.RegistrationCancelled";

    /** A place was taken; {@code memberId} is null for a guest. */
    public record RegistrationConfirmed(
            UUID registrationId,
            UUID eventId,
            UUID memberId,
            String registeredAs,
            Instant registeredAt,
            int placesLeft) {}

    /** A place was given back (by the attendee, an admin, a regional client, or because the member was erased). */
    public record RegistrationCancelled(
            UUID registrationId, UUID eventId, UUID memberId, Instant cancelledAt, int placesLeft) {}

    private RegistrationEvents() {}
}
