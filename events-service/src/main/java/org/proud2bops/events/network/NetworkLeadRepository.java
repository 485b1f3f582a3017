package org.proud2bops.events.network;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class NetworkLeadRepository implements PanacheRepositoryBase<NetworkLead, NetworkLead.Key> {

    /** The slugs of the networks the member leads. */
    public Set<String> ledBy(UUID memberId) {
        return find("key.memberId", memberId).stream()
                .map(lead -> lead.key.networkSlug())
                .collect(Collectors.toUnmodifiableSet());
    }
}
