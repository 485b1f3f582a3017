package org.proud2bops.events.guest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "GuestErasureRequest",
        examples = "{\"email\":\"kim.lee@nhs.example\"}",
        description = "Whose data to erase: the email the guest was registered with")
public record GuestErasureRequest(
        @Schema(description = "Matched ignoring case, at every event", required = true)
        @NotBlank
        @Email
        @Size(max = 320)
        String email) {}
