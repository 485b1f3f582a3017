package org.proud2bops.members.network;

import java.time.Instant;
import java.util.UUID;

/** Facts about networks, on {@link #TOPIC}, keyed by the network's slug. */
public final class NetworkEvents {

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

        public static NetworkCreated of(Network network) {
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

    private NetworkEvents() {}
}
