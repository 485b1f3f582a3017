package org.proud2bops.events.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.proud2bops.platform.outbox.Outbox;

/**
 * What the events service tells others about places at events, recorded in the outbox in the caller's transaction
 * and keyed by the event's id. A guest's name and email are never published; a member is named by id only.
 */
@ApplicationScoped
public class RegistrationEvents {

    public static final String TOPIC = "events.registration.v1";
    public static final String REGISTRATION_CONFIRMED = "org.proud2bops.events.RegistrationConfirmed";
    public static final String REGISTRATION_CANCELLED = "org.proud2bops.events.RegistrationCancelled";
    public static final String REGISTRATION_WAITLISTED = "org.proud2bops.events.RegistrationWaitlisted";
    public static final String WAITLIST_PROMOTED = "org.proud2bops.events.WaitlistPromoted";

    /** A place was taken; {@code memberId} is null for a guest. */
    public record RegistrationConfirmed(
            UUID registrationId,
            UUID eventId,
            UUID memberId,
            String registeredAs,
            Instant registeredAt,
            int placesLeft) {}

    /**
     * A place was given back, or a place in the waiting list left (by the attendee, an admin, a regional client, or
     * because the member was erased); {@code previousStatus} says which: CONFIRMED or WAITLISTED.
     */
    public record RegistrationCancelled(
            UUID registrationId,
            UUID eventId,
            UUID memberId,
            Instant cancelledAt,
            int placesLeft,
            String previousStatus) {}

    /** The event was full: the person joined its waiting list at {@code position} (1 = next in line). */
    public record RegistrationWaitlisted(
            UUID registrationId,
            UUID eventId,
            UUID memberId,
            String registeredAs,
            Instant waitlistedAt,
            int position) {}

    /** A freed place went to the first in line: the waitlisted registration is now confirmed. */
    public record WaitlistPromoted(
            UUID registrationId,
            UUID eventId,
            UUID memberId,
            Instant waitlistedAt,
            Instant promotedAt,
            int placesLeft) {}

    private final Outbox outbox;

    public RegistrationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(Registration registration) {
        outbox.record(
                TOPIC,
                registration.event.id,
                REGISTRATION_CONFIRMED,
                new RegistrationConfirmed(
                        registration.id,
                        registration.event.id,
                        memberIdOf(registration),
                        registration.registeredAs.name(),
                        registration.registeredAt,
                        registration.event.placesLeft()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Registration registration, RegistrationStatus previousStatus) {
        outbox.record(
                TOPIC,
                registration.event.id,
                REGISTRATION_CANCELLED,
                new RegistrationCancelled(
                        registration.id,
                        registration.event.id,
                        memberIdOf(registration),
                        registration.cancelledAt,
                        registration.event.placesLeft(),
                        previousStatus.name()));
    }

    /** Needs the registration's position, so it is read after the registration was written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void waitlisted(Registration registration) {
        outbox.record(
                TOPIC,
                registration.event.id,
                REGISTRATION_WAITLISTED,
                new RegistrationWaitlisted(
                        registration.id,
                        registration.event.id,
                        memberIdOf(registration),
                        registration.registeredAs.name(),
                        registration.registeredAt,
                        registration.waitlistPosition));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void promoted(Registration registration, Instant promotedAt) {
        outbox.record(
                TOPIC,
                registration.event.id,
                WAITLIST_PROMOTED,
                new WaitlistPromoted(
                        registration.id,
                        registration.event.id,
                        memberIdOf(registration),
                        registration.registeredAt,
                        promotedAt,
                        registration.event.placesLeft()));
    }

    private static UUID memberIdOf(Registration registration) {
        return registration.member == null ? null : registration.member.memberId;
    }
}
