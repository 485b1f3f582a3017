package org.proud2bops.members.organisation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberEvents;
import org.proud2bops.members.member.MemberRepository;
import org.proud2bops.members.member.Region;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;

/** The organisation reference list, kept by admins, and the organisations members propose for it. */
@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final OrganisationProposalRepository proposals;
    private final MemberRepository members;
    private final MemberEvents memberEvents;

    public OrganisationService(
            OrganisationRepository organisations,
            OrganisationProposalRepository proposals,
            MemberRepository members,
            MemberEvents memberEvents) {
        this.organisations = organisations;
        this.proposals = proposals;
        this.members = members;
        this.memberEvents = memberEvents;
    }

    public Optional<Organisation> find(String odsCode) {
        return organisations.findByOdsCode(odsCode);
    }

    public PanacheQuery<Organisation> list(Region region, OrganisationType type) {
        return organisations.listed(region, type);
    }

    public PanacheQuery<OrganisationProposal> proposals(OrganisationProposal.Status status) {
        return proposals.withStatus(status);
    }

    @Transactional
    public Organisation create(String odsCode, String name, OrganisationType type, Region region) {
        if (odsCode == null) {
            throw Problems.badRequest("An organisation needs its ODS code", "odsCode");
        }
        String code = odsCode.strip().toUpperCase(Locale.ROOT);
        if (organisations.findByIdOptional(code).isPresent()) {
            throw Problems.of(ProblemType.ALREADY_EXISTS, "An organisation with ODS code " + code + " already exists");
        }
        Organisation organisation = new Organisation();
        organisation.odsCode = code;
        apply(organisation, name, type, region);
        organisations.persistAndFlush(organisation);
        return organisation;
    }

    @Transactional
    public Optional<Organisation> update(
            String odsCode, ExpectedVersion expectedVersion, String name, OrganisationType type, Region region) {
        return organisations.findByOdsCode(odsCode).map(organisation -> {
            expectedVersion.requireMatch(organisation.version);
            apply(organisation, name, type, region);
            republish(members.withOrganisation(organisation));
            return organisation;
        });
    }

    /**
     * Links a member to the organisation they chose: a listed one (an unknown ODS code is the caller's mistake), or
     * a proposal, reusing a pending one with the same name so admins review each name once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(Member member, OrganisationChoice choice, String field) {
        if (choice.odsCode() != null && choice.proposedName() != null) {
            throw Problems.badRequest("Give either an ODS code or a proposed organisation name, not both", field);
        }
        if (choice.odsCode() != null) {
            member.organisation = organisations
                    .findByOdsCode(choice.odsCode())
                    .orElseThrow(() -> Problems.badRequest(
                            "No organisation has ODS code " + choice.odsCode() + "; propose it by name instead",
                            field + "OdsCode"));
            member.organisationProposal = null;
        } else if (choice.proposedName() != null) {
            member.organisation = null;
            member.organisationProposal =
                    pendingProposalNamed(choice.proposedName().strip());
        }
    }

    /** Accepting links every member who proposed it to the listed organisation. */
    @Transactional
    public Optional<OrganisationProposal> accept(UUID proposalId, String odsCode, String decidedBy) {
        return pending(proposalId).map(proposal -> {
            resolve(proposal, decidedBy);
            List<Member> proposers = members.proposersOf(proposal);
            if (odsCode == null) {
                throw Problems.badRequest(
                        "Accepting a proposal needs the ODS code of the listed organisation", "odsCode");
            }
            proposal.organisation = organisations
                    .findByOdsCode(odsCode)
                    .orElseThrow(() -> Problems.badRequest(
                            "No organisation has ODS code " + odsCode + "; add it first", "odsCode"));
            proposal.status = OrganisationProposal.Status.ACCEPTED;
            proposers.forEach(member -> {
                member.organisation = proposal.organisation;
                member.organisationProposal = null;
            });
            republish(proposers);
            return proposal;
        });
    }

    /** Rejecting leaves every member who proposed it without an organisation. */
    @Transactional
    public Optional<OrganisationProposal> reject(UUID proposalId, String decidedBy) {
        return pending(proposalId).map(proposal -> {
            resolve(proposal, decidedBy);
            List<Member> proposers = members.proposersOf(proposal);
            proposal.status = OrganisationProposal.Status.REJECTED;
            proposers.forEach(member -> member.organisationProposal = null);
            republish(proposers);
            return proposal;
        });
    }

    /** The proposal, when it exists; one decided already is 409. */
    private Optional<OrganisationProposal> pending(UUID proposalId) {
        return proposals.findByIdOptional(proposalId).map(proposal -> {
            if (proposal.status != OrganisationProposal.Status.PENDING) {
                throw Problems.of(
                        ProblemType.TRANSITION_NOT_ALLOWED,
                        "This proposal was already " + proposal.status.name().toLowerCase(Locale.ROOT));
            }
            return proposal;
        });
    }

    private static void resolve(OrganisationProposal proposal, String decidedBy) {
        proposal.resolvedAt = Instant.now();
        proposal.resolvedBy = decidedBy;
    }

    /** Members whose organisation name changed: searchable under the new name, and told to other services. */
    private void republish(List<Member> affected) {
        affected.forEach(member -> {
            member.refreshSearchText();
            member.updatedAt = Instant.now();
        });
        members.flush();
        affected.forEach(memberEvents::updated);
    }

    private OrganisationProposal pendingProposalNamed(String name) {
        return proposals.findPendingNamed(name).orElseGet(() -> {
            OrganisationProposal proposal = new OrganisationProposal();
            proposal.id = UUID.randomUUID();
            proposal.name = name;
            proposal.status = OrganisationProposal.Status.PENDING;
            proposal.proposedAt = Instant.now();
            proposals.persist(proposal);
            return proposal;
        });
    }

    private static void apply(Organisation organisation, String name, OrganisationType type, Region region) {
        organisation.name = name.strip();
        organisation.type = type;
        organisation.region = region;
    }
}
