package org.proud2bops.events.waitlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.proud2bops.events.event.Event;
import org.proud2bops.events.event.EventChanged;
import org.proud2bops.events.event.EventStatus;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationEvents;
import org.proud2bops.events.registration.RegistrationRepository;
import org.proud2bops.events.registration.RegistrationStatus;

/**
 * An event's waiting list: the WAITLISTED registrations for it, first come first served (in the order they were made).
 * Whenever places are free and people wait, the first in line take them, in the transaction that freed them and under
 * the event's row lock, so the event is never oversold and nobody is passed over: while anyone waits, no place is
 * left for a newcomer.
 */
@ApplicationScoped
public class WaitingList {

    private final RegistrationRepository registrations;
    private final RegistrationEvents registrationEvents;
    private final Clock clock;

    public WaitingList(RegistrationRepository registrations, RegistrationEvents registrationEvents, Clock clock) {
        this.registrations = registrations;
        this.registrationEvents = registrationEvents;
        this.clock = clock;
    }

    /**
     * Confirms the first in line for each free place of the event, publishing WaitlistPromoted for each. The caller
     * holds the event's row lock. Nothing moves for an event that is not published or has started: nobody registers
     * for it any more.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fillFreePlaces(Event event) {
        Instant now = clock.instant();
        if (event.placesLeft() <= 0 || event.status != EventStatus.PUBLISHED || !event.startsAt.isAfter(now)) {
            return;
        }
        for (Registration next : registrations.nextInLine(event.id, event.placesLeft())) {
            next.status = RegistrationStatus.CONFIRMED;
            event.placesTaken++;
            registrationEvents.promoted(next, now);
        }
    }

    /** A raised capacity (or an event published again with places free) gives its places to those waiting. */
    void onEventChanged(@Observes EventChanged changed) {
        fillFreePlaces(changed.event());
    }
}
