package org.proud2bops.events.guest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationEvents;
import org.proud2bops.platform.outbox.Outbox;

/**
 * What the events service tells others about a guest's erasure: recorded in the outbox in the erasure's transaction,
 * on the registrations' topic keyed by the event's id (after the RegistrationCancelled of a place it gave back). It
 * names the registration and the event only: nothing of the guest, who was never named in a published fact.
 */
@ApplicationScoped
public class GuestErasureEvents {

    public static final String GUEST_ERASED = "org.proud2bops.events.GuestErased";

    /** A guest's name, email and organisation were erased from this registration. */
    public record GuestErased(UUID registrationId, UUID eventId, Instant erasedAt) {}

    private final Outbox outbox;

    public GuestErasureEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(Registration registration) {
        outbox.record(
                RegistrationEvents.TOPIC,
                registration.event.id,
                GUEST_ERASED,
                new GuestErased(registration.id, registration.event.id, registration.guestErasedAt));
    }
}
