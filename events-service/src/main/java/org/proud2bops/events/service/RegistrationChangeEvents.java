package org.proud2bops.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.proud2bops.events.domain.Registration;
import org.proud2bops.events.messaging.RegistrationEvents;
import org.proud2bops.events.messaging.RegistrationEvents.RegistrationCancelled;
import org.proud2bops.events.messaging.RegistrationEvents.RegistrationConfirmed;
import org.proud2bops.platform.outbox.Outbox;

/** Records what happened to a place in the outbox, in the caller's transaction; keyed by the event's id. */
@ApplicationScoped
public class RegistrationChangeEvents {

    private final Outbox outbox;

    public RegistrationChangeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(Registration registration) {
        outbox.record(
                RegistrationEvents.TOPIC,
                registration.event.id,
                RegistrationEvents.REGISTRATION_CONFIRMED,
                new RegistrationConfirmed(
                        registration.id,
                        registration.event.id,
                        memberIdOf(registration),
                        registration.registeredAs.name(),
                        registration.registeredAt,
                        registration.event.placesLeft()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(Registration registration) {
        outbox.record(
                RegistrationEvents.TOPIC,
                registration.event.id,
                RegistrationEvents.REGISTRATION_CANCELLED,
                new RegistrationCancelled(
                        registration.id,
                        registration.event.id,
                        memberIdOf(registration),
                        registration.cancelledAt,
                        registration.event.placesLeft()));
    }

    private static UUID memberIdOf(Registration registration) {
        return registration.member == null ? null : registration.member.memberId;
    }
}
