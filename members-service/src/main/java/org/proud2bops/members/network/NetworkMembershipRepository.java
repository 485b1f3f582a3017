package org.proud2bops.members.network;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NetworkMembershipRepository implements PanacheRepositoryBase<NetworkMembership, NetworkMembership.Key> {

    public Optional<NetworkMembership> membership(String slug, UUID memberId) {
        return findByIdOptional(new NetworkMembership.Key(slug, memberId));
    }

    /** The networks a member belongs to, with their membership of each, in the order they joined. */
    public List<MembershipInNetwork> membershipsOf(UUID memberId) {
        return getEntityManager()
                .createQuery("""
                        select new org.proud2bops.members.network.MembershipInNetwork(n, m)
                        from NetworkMembership m, Network n where m.key.networkSlug = n.slug and m.key.memberId = :id
                        order by m.joinedAt""", MembershipInNetwork.class)
                .setParameter("id", memberId)
                .getResultList();
    }

    public void deleteAllOf(UUID memberId) {
        delete("key.memberId", memberId);
    }
}
