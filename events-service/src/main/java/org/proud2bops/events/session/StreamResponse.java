package org.proud2bops.events.session;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Stream",
        examples = "{\"id\":\"3f6c0a8e-2b1d-4c5e-9f7a-6b8c9d0e1f2a\",\"eventId\":\"5d0f2d9e-8f4b-4a57-9f0c-3c2a4f1e"
                + "9b11\",\"name\":\"Operational excellence\",\"position\":1}",
        requiredProperties = {"id", "eventId", "name", "position"},
        description = "A stream of an event's sessions")
public record StreamResponse(UUID id, UUID eventId, String name, int position) {

    static StreamResponse of(EventStream stream) {
        return new StreamResponse(stream.id, stream.eventId, stream.name, stream.position);
    }
}
