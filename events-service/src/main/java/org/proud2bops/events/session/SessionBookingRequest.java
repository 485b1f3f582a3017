package org.proud2bops.events.session;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SessionBookingRequest",
        examples = "{\"sessionId\":\"0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f\"}",
        description = "The session to book, one of the registration's event")
public record SessionBookingRequest(@NotNull UUID sessionId) {}
