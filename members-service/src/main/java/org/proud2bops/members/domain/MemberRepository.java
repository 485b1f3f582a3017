package org.proud2bops.members.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public boolean emailInUse(String email) {
        return count("lower(email) = lower(?1)", email) > 0;
    }

    /** Members in a stable order (family name, given name, id), optionally of one region. */
    public PanacheQuery<Member> listed(Region region) {
        Sort order = Sort.by("familyName").and("givenName").and("id");
        return region == null
                ? findAll(order)
                : find("region = :region", order, Map.of("region", region));
    }
}
