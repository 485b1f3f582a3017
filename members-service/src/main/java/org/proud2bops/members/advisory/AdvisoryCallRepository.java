package org.proud2bops.members.advisory;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AdvisoryCallRepository implements PanacheRepositoryBase<AdvisoryCall, UUID> {

    /** Newest deadline first. */
    public PanacheQuery<AdvisoryCall> listed() {
        return findAll(Sort.descending("closesAt").and("id"));
    }
}
