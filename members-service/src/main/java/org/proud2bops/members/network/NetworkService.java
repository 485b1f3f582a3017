package org.proud2bops.members.network;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberRepository;
import org.proud2bops.members.member.MemberService;
import org.proud2bops.members.network.NetworkEvents.Change;
import org.proud2bops.members.organisation.Organisation;
import org.proud2bops.members.organisation.OrganisationRepository;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/** The networks, who belongs to them and who leads them. */
@ApplicationScoped
public class NetworkService {

    private final NetworkRepository networks;
    private final NetworkMembershipRepository memberships;
    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final MemberService memberService;
    private final NetworkAccess access;
    private final NetworkEvents events;

    public NetworkService(
            NetworkRepository networks,
            NetworkMembershipRepository memberships,
            MemberRepository members,
            OrganisationRepository organisations,
            MemberService memberService,
            NetworkAccess access,
            NetworkEvents events) {
        this.networks = networks;
        this.memberships = memberships;
        this.members = members;
        this.organisations = organisations;
        this.memberService = memberService;
        this.access = access;
        this.events = events;
    }

    public PanacheQuery<Network> list() {
        return networks.listed();
    }

    public Optional<Network> find(String slug) {
        return networks.findByIdOptional(slug);
    }

    /** A "Proud2bOps@" network for one trust, in the trust's region. */
    @Transactional
    public Network createTrustNetwork(String odsCode) {
        Organisation organisation = organisations
                .findByOdsCode(odsCode)
                .orElseThrow(() -> Problems.badRequest("No organisation has ODS code " + odsCode, "odsCode"));
        String slug = "p2b-at-" + organisation.odsCode.toLowerCase(Locale.ROOT);
        if (networks.findByIdOptional(slug).isPresent()) {
            throw Problems.of(
                    ProblemType.ALREADY_EXISTS, "A network for " + organisation.name + " already exists: " + slug);
        }
        Network network = new Network();
        network.slug = slug;
        network.name = "Proud2bOps@" + organisation.name;
        network.kind = NetworkKind.TRUST;
        network.region = organisation.region;
        network.organisation = organisation;
        network.createdAt = Instant.now();
        networks.persistAndFlush(network);
        events.created(network);
        return network;
    }

    /** The network's members the caller may see. */
    public PanacheQuery<Member> members(Caller caller, String slug) {
        Network network = requireNetwork(slug);
        access.checkMayListMembers(caller, memberService.ownRecord(caller), network);
        return access.seesEveryMember(caller) ? members.allInNetwork(slug) : members.directoryInNetwork(slug);
    }

    /** Adds the member; joining a network one already belongs to changes nothing. */
    @Transactional
    public NetworkMembership join(Caller caller, String slug, UUID memberId) {
        requireMayChange(caller, slug, memberId);
        requireNetwork(slug);
        if (members.findByIdOptional(memberId).isEmpty()) {
            throw Problems.badRequest("No member has id " + memberId, "memberId");
        }
        return memberships.membership(slug, memberId).orElseGet(() -> {
            NetworkMembership membership = new NetworkMembership();
            membership.key = new NetworkMembership.Key(slug, memberId);
            membership.joinedAt = Instant.now();
            memberships.persist(membership);
            events.membershipChanged(membership, Change.JOINED);
            return membership;
        });
    }

    @Transactional
    public void leave(Caller caller, String slug, UUID memberId) {
        requireMayChange(caller, slug, memberId);
        NetworkMembership membership = requireMembership(slug, memberId);
        memberships.delete(membership);
        events.membershipChanged(membership, Change.LEFT);
    }

    @Transactional
    public NetworkMembership appointLead(String slug, UUID memberId) {
        NetworkMembership membership = requireMembership(slug, memberId);
        if (!membership.lead) {
            membership.lead = true;
            events.membershipChanged(membership, Change.LEAD_APPOINTED);
        }
        return membership;
    }

    @Transactional
    public void standLeadDown(String slug, UUID memberId) {
        NetworkMembership membership = requireMembership(slug, memberId);
        if (membership.lead) {
            membership.lead = false;
            events.membershipChanged(membership, Change.LEAD_STOOD_DOWN);
        }
    }

    private void requireMayChange(Caller caller, String slug, UUID memberId) {
        if (!access.mayChangeMembership(caller, memberService.ownRecord(caller), slug, memberId)) {
            throw Problems.notFound("Member", memberId);
        }
    }

    private Network requireNetwork(String slug) {
        return networks.findByIdOptional(slug).orElseThrow(() -> Problems.notFound("Network", slug));
    }

    private NetworkMembership requireMembership(String slug, UUID memberId) {
        requireNetwork(slug);
        return memberships
                .membership(slug, memberId)
                .orElseThrow(() -> Problems.notFound("Member " + memberId + " does not belong to network " + slug));
    }
}
