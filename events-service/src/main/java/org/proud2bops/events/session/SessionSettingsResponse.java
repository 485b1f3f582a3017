package org.proud2bops.events.session;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SessionSettings",
        examples = "{\"eventId\":\"5d0f2d9e-8f4b-4a57-9f0c-3c2a4f1e9b11\",\"overlapAllowed\":false}",
        requiredProperties = {"eventId", "overlapAllowed"},
        description = "How an event's sessions are booked")
public record SessionSettingsResponse(
        UUID eventId,

        @Schema(description = "Whether one attendee may book sessions whose times overlap (default false)")
        boolean overlapAllowed) {

    static SessionSettingsResponse of(SessionSettings settings) {
        return new SessionSettingsResponse(settings.eventId, settings.overlapAllowed);
    }
}
