package org.proud2bops.events.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CheckInRequest",
        examples = "{\"code\":\"q3Zr8kT1mW0xYb2cN4vP7A\"}",
        description = "A scanned (or typed) check-in code")
public record CheckInRequest(
        @NotBlank @Size(max = 64) @Schema(description = "The code from the attendee's QR code or registration")
        String code) {}
