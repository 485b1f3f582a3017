package org.proud2bops.members.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.proud2bops.members.network.NetworkEvents.Change;
import org.proud2bops.members.network.NetworkEvents.NetworkCreated;
import org.proud2bops.members.network.NetworkEvents.NetworkMembershipChanged;
import org.proud2bops.platform.outbox.Outbox;

/** Records what happened to a network in the outbox, in the caller's transaction. */
@ApplicationScoped
public class NetworkChangeEvents {

    private final Outbox outbox;

    public NetworkChangeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Network network) {
        outbox.record(NetworkEvents.TOPIC, network.slug, NetworkEvents.NETWORK_CREATED, NetworkCreated.of(network));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void membershipChanged(NetworkMembership membership, Change change) {
        outbox.record(
                NetworkEvents.TOPIC,
                membership.key.networkSlug(),
                NetworkEvents.MEMBERSHIP_CHANGED,
                new NetworkMembershipChanged(
                        membership.key.networkSlug(),
                        membership.key.memberId(),
                        change,
                        membership.lead,
                        Instant.now()));
    }
}
