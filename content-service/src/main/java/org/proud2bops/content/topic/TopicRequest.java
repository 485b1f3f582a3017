package org.proud2bops.content.topic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "TopicRequest",
        examples = "{\"slug\":\"winter-pressures\",\"name\":\"Winter pressures\",\"description\":\"Planning fo"
                + "r and running services through winter demand\"}",
        description = "A topic as an editor describes it")
public record TopicRequest(
        @Schema(
                description =
                        "Stable key, e.g. patient-flow; needed to add a topic, ignored on update (the path names it)")
        @Size(min = 2, max = 60)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
        String slug,

        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 500) String description) {}
