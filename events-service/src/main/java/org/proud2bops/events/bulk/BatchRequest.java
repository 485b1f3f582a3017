package org.proud2bops.events.bulk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RegistrationBatchRequest",
        examples =
                "{\"attendees\":[{\"memberId\":\"0b7c8a52-52a1-4f55-9b1e-1f2d3c4b5a69\",\"answers\":{\"dietary\":\"None\"}},"
                        + "{\"guest\":{\"name\":\"Dr Kim Lee\",\"email\":\"kim.lee@nhs.example\",\"organisation\":\"Royal "
                        + "Free London NHS Foundation Trust\"},\"answers\":{\"dietary\":\"Vegetarian\",\"access\":\"Step-free "
                        + "access\"}}]}",
        requiredProperties = {"attendees"},
        description = "The attendees to register, in order: at most " + BatchRequest.MAX_ROWS)
public record BatchRequest(
        @NotNull @Size(min = 1, max = BatchRequest.MAX_ROWS) @Valid
        List<@NotNull BatchAttendee> attendees) {

    /** The most rows one batch takes, as JSON or as CSV. */
    public static final int MAX_ROWS = 5_000;
}
