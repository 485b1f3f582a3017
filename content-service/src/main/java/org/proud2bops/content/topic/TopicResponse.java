package org.proud2bops.content.topic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
