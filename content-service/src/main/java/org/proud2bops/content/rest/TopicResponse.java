package org.proud2bops.content.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.content.domain.Topic;

@Schema(
        name = "Topic",
        examples = "{\"slug\":\"patient-flow\",\"name\":\"Patient flow\",\"description\":\"Moving patients thr"
                + "ough hospital and community services without delay\"}",
        requiredProperties = {"slug", "name"})
public record TopicResponse(String slug, String name, String description) {

    static TopicResponse of(Topic topic) {
        return new TopicResponse(topic.slug, topic.name, topic.description);
    }
}
