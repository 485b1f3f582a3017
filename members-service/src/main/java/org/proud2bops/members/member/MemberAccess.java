package org.proud2bops.members.member;

import jakarta.enterprise.context.ApplicationScoped;
import org.proud2bops.members.network.Network;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who may see and change which member. Admins: everyone. A person: their own record only. Member rights (the
 * directory, network member lists, the advisory group, leading a network) need an ACTIVE record of one's own, whatever
 * roles the token carries. A regional network's client: active members of its region who opted into the directory.
 * Anything else looks like a member that does not exist. Decisions only, from the caller, their {@link OwnRecord} and
 * the member in question.
 */
@ApplicationScoped
public class MemberAccess {

    /** Member rights belong to ACTIVE members only. */
    public static boolean hasMemberRights(Member member) {
        return member.status == MemberStatus.ACTIVE;
    }

    /**
     * Who may read directory entries (the directory, network member lists, the advisory group's members): active
     * members (leads included), events admins, content editors and admins. A lapsed, suspended, departed, declined
     * or applying person is refused, whatever roles their token carries.
     */
    public boolean mayReadDirectory(Caller caller, OwnRecord own) {
        return caller.isAdmin()
                || caller.hasRole(Roles.EVENTS_ADMIN)
                || caller.hasRole(Roles.CONTENT_EDITOR)
                || (caller.hasRole(Roles.MEMBER) || caller.hasRole(Roles.NETWORK_LEAD))
                        && own.active().isPresent();
    }

    public void requireDirectoryReader(Caller caller, OwnRecord own) {
        if (!mayReadDirectory(caller, own)) {
            throw caller.refusal("Only active members, events admins, content editors and admins read the directory");
        }
    }

    public boolean mayRead(Caller caller, OwnRecord own, Member member) {
        if (caller.isAdmin()) {
            return true;
        }
        return caller.regionalNetworkRegion()
                .map(region -> member.status == MemberStatus.ACTIVE
                        && member.directoryVisible
                        && member.region.name().equals(region))
                .orElseGet(() -> isOwn(caller, own, member) || mayDecideApplication(caller, own, member));
    }

    public boolean mayChange(Caller caller, OwnRecord own, Member member) {
        return caller.isAdmin() || isOwn(caller, own, member);
    }

    /**
     * Whether the networks the caller's record leads count for anything: only with the network-lead role in their
     * token (an active record is asked for where they are used), so nobody else's are looked up.
     */
    public boolean mayActAsNetworkLead(Caller caller) {
        return caller.hasRole(Roles.NETWORK_LEAD);
    }

    /**
     * Admins decide any application; an active network lead those under a network they lead: the regional network of
     * the applicant's region, or the trust network of the applicant's organisation.
     */
    public boolean mayDecideApplication(Caller caller, OwnRecord own, Member applicant) {
        if (caller.isAdmin()) {
            return true;
        }
        return applicant.status == MemberStatus.APPLIED
                && mayActAsNetworkLead(caller)
                && own.active().isPresent()
                && own.ledNetworks().stream().anyMatch(network -> covers(network, applicant));
    }

    /** Whether the member is the caller themself. */
    public boolean isOwn(Caller caller, OwnRecord own, Member member) {
        if (member.subject != null) {
            return member.subject.equals(caller.subject());
        }
        return own.member().map(record -> record.id.equals(member.id)).orElse(false);
    }

    /**
     * What a listing may show the caller: admins, any member in any status, of the region asked for; a regional
     * network's client, the directory of its own region only (another region is 403); nobody else lists members.
     */
    public MemberFilter listing(Caller caller, MemberFilter requested) {
        if (caller.isAdmin()) {
            return requested;
        }
        Region own = caller.regionalNetworkRegion(Region.class)
                .orElseThrow(() -> Problems.forbidden("Only admins and regional networks list members"));
        if (requested.region() != null && requested.region() != own) {
            throw Problems.forbidden("This client may list members of " + own + " only");
        }
        return requested.inRegion(own).directoryOnly();
    }

    private static boolean covers(Network network, Member applicant) {
        return switch (network.kind) {
            case REGIONAL -> network.region == applicant.region;
            case TRUST ->
                network.organisation != null
                        && applicant.organisation != null
                        && network.organisation.odsCode.equals(applicant.organisation.odsCode);
            case NATIONAL -> false;
        };
    }
}
