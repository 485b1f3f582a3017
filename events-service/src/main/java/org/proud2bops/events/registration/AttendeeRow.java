package org.proud2bops.events.registration;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One line of an event's attendee list as read for an export: plain values, not a managed entity, so a long list can
 * be read as a stream without the persistence context keeping every row. {@code memberName} is the member profile's
 * display name (this service keeps no member's email or organisation); the guest fields are what the guest gave;
 * {@code answers} the answers to the event's questions by key (null when none).
 */
public record AttendeeRow(
        UUID registrationId,
        RegistrationStatus status,
        Instant registeredAt,
        UUID memberId,
        String memberName,
        String guestName,
        String guestEmail,
        String guestOrganisation,
        String registeredBy,
        Registrant registeredAs,
        Map<String, String> answers) {

    /** A row without answers. */
    public AttendeeRow(
            UUID registrationId,
            RegistrationStatus status,
            Instant registeredAt,
            UUID memberId,
            String memberName,
            String guestName,
            String guestEmail,
            String guestOrganisation,
            String registeredBy,
            Registrant registeredAs) {
        this(
                registrationId,
                status,
                registeredAt,
                memberId,
                memberName,
                guestName,
                guestEmail,
                guestOrganisation,
                registeredBy,
                registeredAs,
                null);
    }

    /** The answer to the question with this key; empty when none. */
    public String answerTo(String questionKey) {
        return answers == null ? "" : answers.getOrDefault(questionKey, "");
    }

    public boolean isGuest() {
        return memberId == null;
    }
}
