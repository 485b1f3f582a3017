package org.proud2bops.members.advisory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdvisoryCallRequest",
        examples = "{\"title\":\"Advisory Group 2027\",\"description\":\"Volunteer members who meet three time"
                + "s a year and attend at least 75% of meetings\",\"opensAt\":\"2026-12-01T09:00:00Z\",\"clos"
                + "esAt\":\"2027-01-31T17:00:00Z\",\"termStartsOn\":\"2027-04-01\",\"termEndsOn\":\"2029-03-3"
                + "1\"}",
        description = "A call for advisory group applications")
public record AdvisoryCallRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String description,

        @NotNull @Schema(description = "From when members may apply")
        Instant opensAt,

        @NotNull @Schema(description = "The deadline: no application or withdrawal from this instant on")
        Instant closesAt,

        @NotNull @Schema(description = "First day of the term accepted applicants serve")
        LocalDate termStartsOn,

        @NotNull @Schema(description = "Last day of that term")
        LocalDate termEndsOn) {

    NewAdvisoryCall toNewCall() {
        return new NewAdvisoryCall(title, description, opensAt, closesAt, termStartsOn, termEndsOn);
    }
}
