package org.proud2bops.members.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.proud2bops.members.member.MemberRepository;
import org.proud2bops.members.network.NetworkEvents.Change;
import org.proud2bops.members.organisation.Organisation;
import org.proud2bops.platform.outbox.Outbox;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;

@ApplicationScoped
public class NetworkService {

    private final NetworkRepository networks;
    private final MemberRepository members;
    private final Outbox outbox;

    public NetworkService(NetworkRepository networks, MemberRepository members, Outbox outbox) {
        this.networks = networks;
        this.members = members;
        this.outbox = outbox;
    }

    /** A "Proud2bOps@" network for one trust, in the trust's region. */
    @Transactional
    public Network createTrustNetwork(String odsCode) {
        Organisation organisation =
                networks.getEntityManager().find(Organisation.class, odsCode.toUpperCase(Locale.ROOT));
        if (organisation == null) {
            throw Problems.badRequest("No organisation has ODS code " + odsCode, "odsCode");
        }
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
        outbox.record(
                NetworkEvents.TOPIC, slug, NetworkEvents.NETWORK_CREATED, NetworkEvents.NetworkCreated.of(network));
        return network;
    }

    /** Adds the member; joining a network one already belongs to changes nothing. */
    @Transactional
    public NetworkMembership join(String slug, UUID memberId) {
        requireNetwork(slug);
        if (members.findByIdOptional(memberId).isEmpty()) {
            throw Problems.badRequest("No member has id " + memberId, "memberId");
        }
        return networks.membership(slug, memberId).orElseGet(() -> {
            NetworkMembership membership = new NetworkMembership();
            membership.key = new NetworkMembership.Key(slug, memberId);
            membership.joinedAt = Instant.now();
            networks.getEntityManager().persist(membership);
            recordChange(membership, Change.JOINED);
            return membership;
        });
    }

    @Transactional
    public void leave(String slug, UUID memberId) {
        NetworkMembership membership = requireMembership(slug, memberId);
        networks.getEntityManager().remove(membership);
        recordChange(membership, Change.LEFT);
    }

    @Transactional
    public NetworkMembership setLead(String slug, UUID memberId, boolean lead) {
        NetworkMembership membership = requireMembership(slug, memberId);
        if (membership.lead != lead) {
            membership.lead = lead;
            recordChange(membership, lead ? Change.LEAD_APPOINTED : Change.LEAD_STOOD_DOWN);
        }
        return membership;
    }

    public Network requireNetwork(String slug) {
        return networks.findByIdOptional(slug).orElseThrow(() -> Problems.notFound("Network", slug));
    }

    private NetworkMembership requireMembership(String slug, UUID memberId) {
        requireNetwork(slug);
        return networks.membership(slug, memberId)
                .orElseThrow(() -> Problems.notFound("Member " + memberId + " does not belong to network " + slug));
    }

    private void recordChange(NetworkMembership membership, Change change) {
        outbox.record(
                NetworkEvents.TOPIC,
                membership.key.networkSlug(),
                NetworkEvents.MEMBERSHIP_CHANGED,
                new NetworkEvents.NetworkMembershipChanged(
                        membership.key.networkSlug(),
                        membership.key.memberId(),
                        change,
                        membership.lead,
                        Instant.now()));
    }
}
