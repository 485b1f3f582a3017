package org.proud2bops.members.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.members.domain.AdvisoryCall;

@Schema(name = "AdvisoryCall", requiredProperties = {"id", "title", "opensAt", "closesAt", "open"})
public record AdvisoryCallResponse(UUID id, String title, String description, Instant opensAt, Instant closesAt,
        LocalDate termStartsOn, LocalDate termEndsOn,
        @Schema(description = "Whether applications are taken now") boolean open) {

    static AdvisoryCallResponse of(AdvisoryCall call) {
        return new AdvisoryCallResponse(call.id, call.title, call.description, call.opensAt, call.closesAt,
                call.termStartsOn, call.termEndsOn, call.isOpenAt(Instant.now()));
    }
}
