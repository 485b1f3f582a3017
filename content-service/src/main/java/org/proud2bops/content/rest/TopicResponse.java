package org.proud2bops.content.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proud2bops.content.domain.Topic;

@Schema(name = "Topic", requiredProperties = {"slug", "name"})
public record TopicResponse(String slug, String name, String description) {

    static TopicResponse of(Topic topic) {
        return new TopicResponse(topic.slug, topic.name, topic.description);
    }
}
