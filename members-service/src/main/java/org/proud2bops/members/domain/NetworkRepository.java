package org.proud2bops.members.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NetworkRepository implements PanacheRepositoryBase<Network, String> {

    public PanacheQuery<Network> listed() {
        return findAll(Sort.by("kind").and("name"));
    }

    public Optional<NetworkMembership> membership(String slug, UUID memberId) {
        return Optional.ofNullable(getEntityManager().find(NetworkMembership.class,
                new NetworkMembership.Key(slug, memberId)));
    }

    public boolean isLead(String slug, UUID memberId) {
        return membership(slug, memberId).map(membership -> membership.lead).orElse(false);
    }
}
