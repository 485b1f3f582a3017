package org.proud2bops.members.advisory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdvisoryCall",
        examples = "{\"id\":\"3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f\",\"title\":\"Advisory Group 2027\",\"descr"
                + "iption\":\"Volunteer members who meet three times a year\",\"opensAt\":\"2026-12-01T09:00:"
                + "00Z\",\"closesAt\":\"2027-01-31T17:00:00Z\",\"termStartsOn\":\"2027-04-01\",\"termEndsOn\""
                + ":\"2029-03-31\",\"open\":true}",
        requiredProperties = {"id", "title", "opensAt", "closesAt", "open"})
public record AdvisoryCallResponse(
        UUID id,
        String title,
        String description,
        Instant opensAt,
        Instant closesAt,
        LocalDate termStartsOn,
        LocalDate termEndsOn,

        @Schema(description = "Whether applications are taken now")
        boolean open) {

    static AdvisoryCallResponse of(AdvisoryCall call) {
        return new AdvisoryCallResponse(
                call.id,
                call.title,
                call.description,
                call.opensAt,
                call.closesAt,
                call.termStartsOn,
                call.termEndsOn,
                call.isOpenAt(Instant.now()));
    }
}
