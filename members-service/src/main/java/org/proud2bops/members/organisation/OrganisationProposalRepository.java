package org.proud2bops.members.organisation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationProposalRepository implements PanacheRepositoryBase<OrganisationProposal, UUID> {

    public PanacheQuery<OrganisationProposal> withStatus(OrganisationProposal.Status status) {
        return find("status", Sort.by("proposedAt").and("id"), status);
    }

    /** A proposal waiting for review under this name, ignoring case. */
    public Optional<OrganisationProposal> findPendingNamed(String name) {
        return find("status = ?1 and lower(name) = lower(?2)", OrganisationProposal.Status.PENDING, name)
                .firstResultOptional();
    }

    /** Replaces who decided, wherever {@code actor} decided a proposal. */
    public void replaceResolver(String actor, String replacement) {
        update("resolvedBy = ?1 where resolvedBy = ?2", replacement, actor);
    }
}
