package org.proud2bops.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.proud2bops.members.domain.Network;
import org.proud2bops.members.domain.NetworkRepository;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who may manage which network: admins any; a network lead (the role, and recorded as a lead of that network) only
 * the networks they lead. A person may join or leave a network themselves.
 */
@ApplicationScoped
public class NetworkAccess {

    private final NetworkRepository networks;
    private final MemberAccess memberAccess;

    public NetworkAccess(NetworkRepository networks, MemberAccess memberAccess) {
        this.networks = networks;
        this.memberAccess = memberAccess;
    }

    public boolean manages(Caller caller, String slug) {
        if (caller.isAdmin()) {
            return true;
        }
        return caller.hasRole(Roles.NETWORK_LEAD)
                && memberAccess.ownRecord(caller).map(own -> networks.isLead(slug, own.id)).orElse(false);
    }

    /** Joining or leaving on a member's behalf: that member themself, or whoever manages the network. */
    public boolean mayChangeMembership(Caller caller, String slug, UUID memberId) {
        if (caller.isAdmin()) {
            return true;
        }
        return memberAccess.ownRecord(caller).map(own -> own.id.equals(memberId)
                || caller.hasRole(Roles.NETWORK_LEAD) && networks.isLead(slug, own.id)).orElse(false);
    }

    /** A regional network's client sees the networks of its own region only. */
    public void checkRegion(Caller caller, Network network) {
        caller.regionalNetworkRegion().ifPresent(region -> {
            if (network.region == null || !network.region.name().equals(region)) {
                throw Problems.forbidden("This client may read networks of " + region + " only");
            }
        });
    }
}
