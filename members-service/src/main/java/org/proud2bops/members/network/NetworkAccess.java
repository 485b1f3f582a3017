package org.proud2bops.members.network;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.member.MemberAccess;
import org.proud2bops.members.member.OwnRecord;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who may change which network's members: admins any; a network lead (the role, an ACTIVE record, and recorded as a
 * lead of that network) only the networks they lead; an active member may join or leave a network themselves. Network
 * member lists are directory entries: read by whoever may read the directory, and by a regional network's client for
 * the networks of its own region; admins see every member, everyone else the directory.
 */
@ApplicationScoped
public class NetworkAccess {

    private final MemberAccess memberAccess;

    public NetworkAccess(MemberAccess memberAccess) {
        this.memberAccess = memberAccess;
    }

    /** Joining or leaving on a member's behalf: that member themself, or whoever manages the network. */
    public boolean mayChangeMembership(Caller caller, OwnRecord own, String slug, UUID memberId) {
        if (caller.isAdmin()) {
            return true;
        }
        return own.active()
                .map(record -> record.id.equals(memberId) || caller.hasRole(Roles.NETWORK_LEAD) && own.leads(slug))
                .orElse(false);
    }

    /**
     * Refuses a caller who may not list the network's members: a regional network's client may list networks of its
     * own region only; anyone else, when they may read the directory.
     */
    public void checkMayListMembers(Caller caller, OwnRecord own, Network network) {
        Optional<String> clientRegion = caller.regionalNetworkRegion();
        if (clientRegion.isPresent()) {
            if (network.region == null || !network.region.name().equals(clientRegion.get())) {
                throw Problems.forbidden("This client may read networks of " + clientRegion.get() + " only");
            }
            return;
        }
        memberAccess.requireDirectoryReader(caller, own);
    }

    /** Admins see every member of a network; everyone else, its active members who opted into the directory. */
    public boolean seesEveryMember(Caller caller) {
        return caller.isAdmin();
    }
}
