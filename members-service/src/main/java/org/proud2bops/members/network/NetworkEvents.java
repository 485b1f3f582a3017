package org.proud2bops.members.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.proud2bops.platform.outbox.Outbox;

/**
 * What the members service tells others about networks, recorded in the outbox in the caller's transaction on
 * {@link #TOPIC} and keyed by the network's slug.
 */
@ApplicationScoped
public class NetworkEvents {

    public static final String TOPIC = "members.network.v1";
    public static final String NETWORK_CREATED = "org.proud2bops.members.NetworkCreated";
    public static final String MEMBERSHIP_CHANGED = "org.proud2bops.members.NetworkMembershipChanged";

    public enum Change {
        JOINED,
        LEFT,
        LEAD_APPOINTED,
        LEAD_STOOD_DOWN
    }

    public record NetworkCreated(
            String slug, String name, String kind, String region, String organisationOdsCode, Instant createdAt) {

        static NetworkCreated of(Network network) {
            return new NetworkCreated(
                    network.slug,
                    network.name,
                    network.kind.name(),
                    network.region == null ? null : network.region.name(),
                    network.organisation == null ? null : network.organisation.odsCode,
                    network.createdAt);
        }
    }

    public record NetworkMembershipChanged(
            String networkSlug, UUID memberId, Change change, boolean lead, Instant at) {}

    private final Outbox outbox;

    public NetworkEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Network network) {
        outbox.record(TOPIC, network.slug, NETWORK_CREATED, NetworkCreated.of(network));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void membershipChanged(NetworkMembership membership, Change change) {
        outbox.record(
                TOPIC,
                membership.key.networkSlug(),
                MEMBERSHIP_CHANGED,
                new NetworkMembershipChanged(
                        membership.key.networkSlug(),
                        membership.key.memberId(),
                        change,
                        membership.lead,
                        Instant.now()));
    }
}
