package org.proud2bops.members.network;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.member.Member;

@ApplicationScoped
public class NetworkRepository implements PanacheRepositoryBase<Network, String> {

    private static final String LEADS_NETWORK_OF = """
            select count(m) from NetworkMembership m, Network n left join n.organisation o
            where m.key.networkSlug = n.slug and m.key.memberId = :lead and m.lead = true
              and ((n.kind = :regional and n.region = :region) or (n.kind = :trust and o.odsCode = :organisation))
            """;

    public PanacheQuery<Network> listed() {
        return findAll(Sort.by("kind").and("name"));
    }

    public Optional<NetworkMembership> membership(String slug, UUID memberId) {
        return Optional.ofNullable(
                getEntityManager().find(NetworkMembership.class, new NetworkMembership.Key(slug, memberId)));
    }

    /**
     * Whether the member leads a network an applicant belongs under: the regional network of the applicant's
     * region, or the trust network of the applicant's organisation.
     */
    public boolean leadsNetworkOf(UUID leadId, Member applicant) {
        return getEntityManager()
                        .createQuery(LEADS_NETWORK_OF, Long.class)
                        .setParameter("lead", leadId)
                        .setParameter("regional", NetworkKind.REGIONAL)
                        .setParameter("region", applicant.region)
                        .setParameter("trust", NetworkKind.TRUST)
                        .setParameter(
                                "organisation", applicant.organisation == null ? "" : applicant.organisation.odsCode)
                        .getSingleResult()
                > 0;
    }

    public boolean isLead(String slug, UUID memberId) {
        return membership(slug, memberId).map(membership -> membership.lead).orElse(false);
    }
}
