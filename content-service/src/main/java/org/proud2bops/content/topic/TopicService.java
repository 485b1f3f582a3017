package org.proud2bops.content.topic;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;

/** The topics content is tagged with: anyone reads them, content editors add and reword them. */
@ApplicationScoped
public class TopicService {

    private final TopicRepository topics;

    public TopicService(TopicRepository topics) {
        this.topics = topics;
    }

    public PanacheQuery<Topic> all() {
        return topics.alphabetical();
    }

    /** Changes whenever any topic is added or reworded: what a topic list's ETag is made from. */
    public String fingerprint() {
        return topics.fingerprint();
    }

    public Optional<Topic> find(String slug) {
        return topics.findByIdOptional(slug);
    }

    /** 400 without a slug: a new topic needs one, while a rewording takes it from the path. */
    @Transactional
    public Topic add(String slug, String name, String description) {
        if (slug == null) {
            throw Problems.badRequest("slug is needed to add a topic", "slug");
        }
        if (topics.findByIdOptional(slug).isPresent()) {
            throw Problems.of(ProblemType.ALREADY_EXISTS, "A topic with slug " + slug + " already exists");
        }
        Topic topic = new Topic();
        topic.slug = slug;
        describe(topic, name, description);
        topics.persist(topic);
        topics.flush();
        return topic;
    }

    @Transactional
    public Optional<Topic> reword(String slug, ExpectedVersion expectedVersion, String name, String description) {
        return topics.findByIdOptional(slug).map(topic -> {
            expectedVersion.requireMatch(topic.version);
            describe(topic, name, description);
            topics.flush();
            return topic;
        });
    }

    private void describe(Topic topic, String name, String description) {
        if (topics.nameTakenByAnother(name.strip(), topic.slug)) {
            throw Problems.of(ProblemType.ALREADY_EXISTS, "Another topic is already called " + name.strip());
        }
        topic.name = name.strip();
        topic.description = description.strip();
    }
}
