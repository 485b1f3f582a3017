package org.proud2bops.events.guest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.events.registration.Registration;

@Schema(
        name = "GuestErasure",
        examples =
                "{\"erased\":[{\"registrationId\":\"9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d\",\"eventId\":\"5d0f2d9e-8f4b"
                        + "-4a57-9f0c-3c2a4f1e9b11\"}]}",
        requiredProperties = {"erased"},
        description =
                "The registrations whose guest data this request erased (none when there was nothing left to erase)")
public record GuestErasureResponse(List<ErasedRegistration> erased) {

    @Schema(
            name = "ErasedGuestRegistration",
            requiredProperties = {"registrationId", "eventId"},
            description = "A registration whose guest is now \"Former guest\"")
    public record ErasedRegistration(UUID registrationId, UUID eventId) {}

    static GuestErasureResponse of(List<Registration> erased) {
        return new GuestErasureResponse(erased.stream()
                .map(registration -> new ErasedRegistration(registration.id, registration.event.id))
                .toList());
    }
}
