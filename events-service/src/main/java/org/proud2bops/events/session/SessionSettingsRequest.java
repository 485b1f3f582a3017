package org.proud2bops.events.session;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SessionSettingsRequest",
        examples = "{\"overlapAllowed\":false}",
        description = "How an event's sessions are booked")
public record SessionSettingsRequest(
        @NotNull @Schema(description = "Whether one attendee may book sessions whose times overlap")
        Boolean overlapAllowed) {}
