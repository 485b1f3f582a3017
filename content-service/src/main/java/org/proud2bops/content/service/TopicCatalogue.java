package org.proud2bops.content.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.proud2bops.content.domain.Topic;
import org.proud2bops.content.domain.TopicRepository;

@ApplicationScoped
public class TopicCatalogue {

    private final TopicRepository topics;

    public TopicCatalogue(TopicRepository topics) {
        this.topics = topics;
    }

    public PanacheQuery<Topic> all() {
        return topics.alphabetical();
    }

    public Optional<Topic> find(String slug) {
        return topics.findByIdOptional(slug);
    }
}
