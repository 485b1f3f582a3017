package org.proud2bops.events.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationEvents;
import org.proud2bops.platform.outbox.Outbox;

/**
 * What the events service tells others about the door: recorded in the outbox in the check-in's transaction, on the
 * registrations' topic keyed by the event's id (so it follows the registration's own facts in order). No guest's name
 * or email and no check-in code is published; a member is named by id only.
 */
@ApplicationScoped
public class CheckInEvents {

    public static final String CHECKED_IN = "org.proud2bops.events.CheckedIn";

    /** An attendee was checked in for the first time; {@code memberId} is null for a guest. */
    public record CheckedIn(UUID registrationId, UUID eventId, UUID memberId, Instant checkedInAt) {}

    private final Outbox outbox;

    public CheckInEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void checkedIn(Registration registration) {
        outbox.record(
                RegistrationEvents.TOPIC,
                registration.event.id,
                CHECKED_IN,
                new CheckedIn(
                        registration.id,
                        registration.event.id,
                        registration.member == null ? null : registration.member.memberId,
                        registration.checkedInAt));
    }
}
