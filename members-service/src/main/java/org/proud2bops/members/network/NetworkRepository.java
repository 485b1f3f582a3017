package org.proud2bops.members.network;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NetworkRepository implements PanacheRepositoryBase<Network, String> {

    public PanacheQuery<Network> listed() {
        return findAll(Sort.by("kind").and("name"));
    }

    /** The networks the member is recorded as a lead of. */
    public List<Network> ledBy(UUID memberId) {
        return getEntityManager()
                .createQuery("""
                        select n from NetworkMembership m, Network n
                        where m.key.networkSlug = n.slug and m.key.memberId = :lead and m.lead = true""", Network.class)
                .setParameter("lead", memberId)
                .getResultList();
    }
}
