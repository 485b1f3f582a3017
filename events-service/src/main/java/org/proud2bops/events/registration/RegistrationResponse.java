package org.proud2bops.events.registration;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Registration",
        examples = "{\"id\":\"9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d\",\"eventId\":\"5d0f2d9e-8f4b-4a57-9f0c-3c2"
                + "a4f1e9b11\",\"eventTitle\":\"NHS Executive Strategy Summit\",\"eventStartsAt\":\"2027-11-0"
                + "7T09:00:00Z\",\"attendeeName\":\"Dr Kim Lee\",\"guestEmail\":\"kim.lee@nhs.example\",\"sta"
                + "tus\":\"CONFIRMED\",\"registeredAs\":\"REGIONAL_NETWORK\",\"registeredAt\":\"2026-11-29T12"
                + ":00:00Z\",\"answers\":{\"dietary\":\"Vegetarian\"},\"onlineLink\":\"https://meet.example.org/summit-2"
                + "027\"}",
        requiredProperties = {
            "id",
            "eventId",
            "eventTitle",
            "eventStartsAt",
            "attendeeName",
            "status",
            "registeredAs",
            "registeredAt"
        },
        description = "A place at an event")
public record RegistrationResponse(
        UUID id,
        UUID eventId,
        String eventTitle,
        Instant eventStartsAt,

        @Schema(description = "The attending member; absent for a guest")
        UUID memberId,

        String attendeeName,

        @Schema(description = "A guest's email; absent for a member")
        String guestEmail,

        String guestOrganisation,
        RegistrationStatus status,

        @Schema(description = "SELF, ADMIN or REGIONAL_NETWORK")
        Registrant registeredAs,

        Instant registeredAt,
        Instant cancelledAt,

        @Schema(
                description =
                        "While WAITLISTED, the place in the event's waiting list (1 = next in line); absent otherwise",
                minimum = "1")
        Integer position,

        @Schema(
                description = "What the attendee shows at the door (also as a QR code, check-in-code.png): on a "
                        + "confirmed place, for the attending member and those who run events")
        String checkInCode,

        @Schema(description = "When the attendee was first checked in at the door; absent until then")
        Instant checkedInAt,

        @Schema(
                description = "Only in the answer to the registration of a guest, to whoever made it: the link through "
                        + "which the guest erases their own data (DELETE; its last segment is the token). Pass it on to "
                        + "the guest: it is shown once and cannot be read again")
        String guestErasureLink,

        @Schema(
                description = "The answers to the event's registration questions, by question key; absent when none "
                        + "were given, the attendee was erased, or the caller may not see who attends")
        Map<String, String> answers,

        @Schema(
                description = "Where to join the event online: on a confirmed place, for the attending member and "
                        + "those who run events")
        String onlineLink) {

    /** What a caller who may not identify the attending member sees instead of their name (and no member id). */
    static final String MEMBER_NOT_IN_DIRECTORY = "A member who is not in the directory";

    static RegistrationResponse of(SeenRegistration seen) {
        return of(seen.registration(), seen.view());
    }

    static RegistrationResponse of(Registration registration, AttendeeView view) {
        return of(registration, view, null);
    }

    /**
     * The registration as the caller sees it; {@code guestErasureLink} only in the answer to the registration of a
     * guest, to whoever made it (null otherwise).
     */
    static RegistrationResponse of(SeenRegistration seen, String guestErasureLink) {
        return of(seen.registration(), seen.view(), guestErasureLink);
    }

    private static RegistrationResponse of(Registration registration, AttendeeView view, String guestErasureLink) {
        boolean withheld = !view.identifies(registration);
        return new RegistrationResponse(
                registration.id,
                registration.event.id,
                registration.event.title,
                registration.event.startsAt,
                registration.member == null || withheld ? null : registration.member.memberId,
                withheld ? MEMBER_NOT_IN_DIRECTORY : registration.attendeeName(),
                registration.guestEmail,
                registration.guestOrganisation,
                registration.status,
                registration.registeredAs,
                registration.registeredAt,
                registration.cancelledAt,
                registration.status == RegistrationStatus.WAITLISTED ? registration.waitlistPosition : null,
                view.showsCheckInCode(registration) ? registration.checkInCode : null,
                registration.checkedInAt,
                guestErasureLink,
                view.showsAnswers(registration) && registration.answers != null
                        ? Map.copyOf(registration.answers)
                        : null,
                view.showsOnlineLink(registration) ? registration.event.onlineLink : null);
    }
}
