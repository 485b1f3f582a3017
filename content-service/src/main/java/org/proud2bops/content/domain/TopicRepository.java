package org.proud2bops.content.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TopicRepository implements PanacheRepositoryBase<Topic, String> {

    public PanacheQuery<Topic> alphabetical() {
        return findAll(Sort.by("name").and("slug"));
    }
}
