package org.proud2bops.content.item;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ContentItemTransition",
        examples = "{\"to\":\"SCHEDULED\",\"publishAt\":\"2027-01-15T07:00:00Z\"}",
        description = "The status an item moves to; SCHEDULED also needs the time to publish it")
public record TransitionRequest(
        @NotNull ItemStatus to,

        @Schema(description = "For SCHEDULED only: when to publish (UTC, in the future)")
        Instant publishAt) {}
