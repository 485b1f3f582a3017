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

    /**
     * What every topic list depends on: how many topics there are and the sum of their versions. Topics are never
     * removed and a change raises a version, so any change moves one of the two.
     */
    public String fingerprint() {
        Object[] row = getEntityManager()
                .createQuery("select count(t), coalesce(sum(t.version), 0) from Topic t", Object[].class)
                .getSingleResult();
        return row[0] + "|" + row[1];
    }

    /** Whether another topic than {@code slug} already has this name, compared without case. */
    public boolean nameTakenByAnother(String name, String slug) {
        return count("lower(name) = lower(?1) and slug <> ?2", name, slug) > 0;
    }
}
