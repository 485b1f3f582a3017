package org.proud2bops.members.organisation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class OrganisationProposalRepository implements PanacheRepositoryBase<OrganisationProposal, UUID> {

    public PanacheQuery<OrganisationProposal> withStatus(OrganisationProposal.Status status) {
        return find("status", Sort.by("proposedAt").and("id"), status);
    }

    /** Members who named this proposed organisation. */
    public long proposers(UUID proposalId) {
        return getEntityManager()
                .createQuery("select count(m) from Member m where m.organisationProposal.id = :id", Long.class)
                .setParameter("id", proposalId)
                .getSingleResult();
    }
}
