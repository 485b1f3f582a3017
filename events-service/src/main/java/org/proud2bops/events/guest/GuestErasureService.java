package org.proud2bops.events.guest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.proud2bops.events.registration.Registration;
import org.proud2bops.events.registration.RegistrationRepository;
import org.proud2bops.events.registration.RegistrationService;
import org.proud2bops.platform.idempotency.IdempotentRequests;

/**
 * A guest's right to erasure, with the guarantees of a member's: their name, email, organisation and answers to the
 * event's registration questions are removed from
 * the registration (the name becomes "Former guest"), a place they hold or wait for at an event still to come is given
 * back (to the first in line) or leaves the waiting list (at an event that has started, the registration stays as it
 * is, anonymised: it records who came), stored responses of requests that mention their email are
 * forgotten (so no retry replays their data), and GuestErased is published. Erasing an erased guest changes nothing.
 */
@ApplicationScoped
public class GuestErasureService {

    /** What an erased guest is called wherever a registration shows its attendee (as "Former member" for members). */
    static final String ERASED_GUEST_NAME = "Former guest";

    private final RegistrationRepository registrations;
    private final RegistrationService registrationService;
    private final IdempotentRequests idempotentRequests;
    private final GuestErasureEvents erasureEvents;
    private final Clock clock;

    public GuestErasureService(
            RegistrationRepository registrations,
            RegistrationService registrationService,
            IdempotentRequests idempotentRequests,
            GuestErasureEvents erasureEvents,
            Clock clock) {
        this.registrations = registrations;
        this.registrationService = registrationService;
        this.idempotentRequests = idempotentRequests;
        this.erasureEvents = erasureEvents;
        this.clock = clock;
    }

    /**
     * The guest's own erasure, through their link: the registration whose token this is. Nothing when no registration
     * carries it, so a wrong token tells nothing.
     */
    @Transactional
    public Optional<Registration> eraseByToken(String token) {
        return registrations
                .findByGuestErasureTokenHash(GuestErasureTokens.hash(token))
                .map(this::erase);
    }

    /** An admin erases the guest of one registration; nothing when the event has no such guest registration. */
    @Transactional
    public Optional<Registration> eraseRegistration(UUID eventId, UUID registrationId) {
        return registrations
                .findWithAttendee(registrationId)
                .filter(found -> found.event.id.equals(eventId) && found.member == null)
                .map(this::erase);
    }

    /**
     * An admin erases every registration of a guest email (case ignored), at every event: what a person asking for
     * erasure can name. The events are locked in the order of their ids, so two erasures never wait for each other.
     *
     * @return the registrations erased by this call (none once they were)
     */
    @Transactional
    public List<Registration> eraseByEmail(String email) {
        List<Registration> erased = new ArrayList<>();
        Set<String> emails = new LinkedHashSet<>();
        for (Registration registration : registrations.ofGuestEmail(email.strip())) {
            if (registration.guestErasedAt == null) {
                anonymise(registration).ifPresent(erasedEmail -> emails.add(erasedEmail.toLowerCase(Locale.ROOT)));
                erased.add(registration);
            }
        }
        // One delete for the whole request: the stored responses are matched ignoring case
        forgetResponsesMentioning(emails);
        return erased;
    }

    private Registration erase(Registration registration) {
        anonymise(registration).ifPresent(email -> forgetResponsesMentioning(Set.of(email)));
        return registration;
    }

    /**
     * Erases the guest of the registration (with its event locked) and publishes GuestErased; returns the email it
     * held, or nothing when the guest was erased already. Stored responses are the caller's to forget.
     */
    private Optional<String> anonymise(Registration registration) {
        registrationService.lockEventAndReload(registration);
        if (registration.guestErasedAt != null) {
            return Optional.empty();
        }
        String email = registration.guestEmail;
        Instant now = clock.instant();
        registrationService.releasePlaceOfGuest(registration, now);
        registration.guestName = ERASED_GUEST_NAME;
        registration.guestEmail = null;
        registration.guestOrganisation = null;
        registration.answers = null;
        registration.guestErasedAt = now;
        registrations.flush();
        erasureEvents.erased(registration);
        return Optional.of(email);
    }

    private void forgetResponsesMentioning(Set<String> emails) {
        if (!emails.isEmpty()) {
            idempotentRequests.forgetEverythingAbout(null, emails.toArray(String[]::new));
        }
    }
}
