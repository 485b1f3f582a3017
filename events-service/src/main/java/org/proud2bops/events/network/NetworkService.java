package org.proud2bops.events.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Consumer;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberProfileRepository;
import org.proud2bops.platform.inbox.IncomingCloudEvent;
import org.proud2bops.platform.inbox.MalformedEventException;
import org.proud2bops.platform.inbox.ProcessedEvents;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * The networks projection: the networks that can host events and who leads each, kept in step with the members
 * service's {@code members.network.v1} facts. Each fact is applied once (a redelivery changes nothing); the facts of
 * one network share its key, so they arrive in the order they happened.
 */
@ApplicationScoped
public class NetworkService {

    static final String CONSUMER = "events-service.networks";
    private static final String PREFIX = "org.proud2bops.members.";

    private final NetworkRepository networks;
    private final NetworkLeadRepository leads;
    private final MemberProfileRepository profiles;
    private final ProcessedEvents processedEvents;

    public NetworkService(
            NetworkRepository networks,
            NetworkLeadRepository leads,
            MemberProfileRepository profiles,
            ProcessedEvents processedEvents) {
        this.networks = networks;
        this.leads = leads;
        this.profiles = profiles;
        this.processedEvents = processedEvents;
    }

    @Transactional
    public void apply(IncomingCloudEvent event) {
        Consumer<IncomingCloudEvent> reader = switch (event.type()) {
            case PREFIX + "NetworkCreated" -> this::applyCreated;
            case PREFIX + "NetworkMembershipChanged" -> this::applyMembership;
            default -> null;
        };
        if (reader != null && processedEvents.firstDelivery(CONSUMER, event.id())) {
            reader.accept(event);
        }
    }

    /** The network with this slug, if this service knows it. */
    public Optional<Network> find(String slug) {
        return slug == null ? Optional.empty() : networks.findByIdOptional(slug);
    }

    /**
     * The networks the caller leads: looked up only for a caller with the network-lead role whose sign-in is linked to
     * a member profile here; nothing for anyone else.
     */
    public LedNetworks ledBy(Caller caller) {
        if (!caller.hasRole(Roles.NETWORK_LEAD) || caller.subject() == null) {
            return LedNetworks.NONE;
        }
        return profiles.findByAccountSubject(caller.subject())
                .filter(profile -> profile.isActive())
                .map(profile -> new LedNetworks(leads.ledBy(profile.memberId)))
                .orElse(LedNetworks.NONE);
    }

    private void applyCreated(IncomingCloudEvent event) {
        NetworkCreated created = event.dataAs(NetworkCreated.class);
        requireField(event, created.slug(), "slug");
        requireField(event, created.name(), "name");
        requireField(event, created.kind(), "kind");
        Network network = networks.findByIdOptional(created.slug()).orElseGet(Network::new);
        network.slug = created.slug();
        network.name = created.name();
        network.kind = created.kind();
        network.region = regionOf(event, created.region());
        networks.persist(network);
    }

    private void applyMembership(IncomingCloudEvent event) {
        NetworkMembershipChanged change = event.dataAs(NetworkMembershipChanged.class);
        requireField(event, change.networkSlug(), "networkSlug");
        requireField(event, change.memberId(), "memberId");
        requireField(event, change.change(), "change");
        NetworkLead.Key key = new NetworkLead.Key(change.networkSlug(), change.memberId());
        boolean leadsNow = switch (change.change()) {
            case LEAD_APPOINTED -> true;
            case LEAD_STOOD_DOWN, LEFT -> false;
            case JOINED -> change.lead();
        };
        Optional<NetworkLead> existing = leads.findByIdOptional(key);
        if (leadsNow && existing.isEmpty()) {
            NetworkLead lead = new NetworkLead();
            lead.key = key;
            leads.persist(lead);
        } else if (!leadsNow) {
            existing.ifPresent(leads::delete);
        }
    }

    private static Region regionOf(IncomingCloudEvent event, String region) {
        if (region == null) {
            return null;
        }
        try {
            return Region.valueOf(region);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names an unknown region", e);
        }
    }

    private static void requireField(IncomingCloudEvent event, Object value, String field) {
        if (value == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks " + field, null);
        }
    }
}
