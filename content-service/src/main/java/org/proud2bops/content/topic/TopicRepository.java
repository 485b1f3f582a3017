package org.proud2bops.content.topic;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TopicRepository implements PanacheRepositoryBase<Topic, String> {

    public PanacheQuery<Topic> alphabetical() {
        return findAll(Sort.by("name").and("slug"));
    }

    /** Whether another topic than {@code slug} already has this name, compared without case. */
    public boolean nameTakenByAnother(String name, String slug) {
        return count("lower(name) = lower(?1) and slug <> ?2", name, slug) > 0;
    }
}
