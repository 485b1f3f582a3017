package org.proud2bops.members.network;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.member.MemberAccess;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who may manage which network: admins any; a network lead (the role, an ACTIVE record, and recorded as a lead of that
 * network) only the networks they lead. An active member may join or leave a network themselves. Network member
 * lists are directory entries: read by whoever may read the directory, and by a regional network's client for the
 * networks of its own region.
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
                && memberAccess
                        .activeOwnRecord(caller)
                        .map(own -> networks.isLead(slug, own.id))
                        .orElse(false);
    }

    /** Joining or leaving on a member's behalf: that member themself, or whoever manages the network. */
    public boolean mayChangeMembership(Caller caller, String slug, UUID memberId) {
        if (caller.isAdmin()) {
            return true;
        }
        return memberAccess
                .activeOwnRecord(caller)
                .map(own ->
                        own.id.equals(memberId) || caller.hasRole(Roles.NETWORK_LEAD) && networks.isLead(slug, own.id))
                .orElse(false);
    }

    /**
     * Whether the caller may list a network's members: a regional network's client, networks of its own region only;
     * anyone else, when they may read the directory.
     */
    public void checkMayListMembers(Caller caller, Network network) {
        Optional<String> clientRegion = caller.regionalNetworkRegion();
        if (clientRegion.isPresent()) {
            if (network.region == null || !network.region.name().equals(clientRegion.get())) {
                throw Problems.forbidden("This client may read networks of " + clientRegion.get() + " only");
            }
            return;
        }
        memberAccess.requireDirectoryReader(caller);
    }
}
