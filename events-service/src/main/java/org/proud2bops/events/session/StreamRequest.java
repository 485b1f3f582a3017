package org.proud2bops.events.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StreamRequest",
        examples = "{\"name\":\"Operational excellence\",\"position\":1}",
        description = "A stream of an event's sessions; replaces every field on update")
public record StreamRequest(
        @NotBlank @Size(max = 100) @Schema(description = "Unique within the event, ignoring case")
        String name,

        @NotNull @Min(0) @Max(1000) @Schema(description = "Streams are listed in this order (then by id)")
        Integer position) {}
