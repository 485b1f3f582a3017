package org.proud2bops.members.member;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.advisory.AdvisoryApplication;
import org.proud2bops.members.network.NetworkRepository;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who may see and change which member. Admins: everyone. A person: their own record only. Member rights (the
 * directory, network member lists, the advisory group, leading a network) need an ACTIVE record of one's own, whatever
 * roles the token carries. A regional network's client: active members of its region who opted into the directory.
 * Anything else looks like a member that does not exist. Every check here only reads.
 */
@ApplicationScoped
public class MemberAccess {

    private final MemberRepository members;
    private final NetworkRepository networks;

    public MemberAccess(MemberRepository members, NetworkRepository networks) {
        this.members = members;
        this.networks = networks;
    }

    /**
     * The caller's own member record: the one linked to their token's subject or, before their first sign-in is
     * linked, the unlinked record with their verified email. Reading only ({@link MemberService#linkedRecord} links).
     */
    public Optional<Member> ownRecord(Caller caller) {
        return members.findBySubject(caller.subject())
                .or(() -> caller.verifiedEmail().flatMap(members::findUnlinkedByEmail));
    }

    /** The caller's own record when it is ACTIVE: only then do they have member rights. */
    public Optional<Member> activeOwnRecord(Caller caller) {
        return ownRecord(caller).filter(MemberAccess::hasMemberRights);
    }

    /** Member rights belong to ACTIVE members only. */
    public static boolean hasMemberRights(Member member) {
        return member.status == MemberStatus.ACTIVE;
    }

    /**
     * Who may read directory entries (the directory, network member lists, the advisory group's members): active
     * members (leads included), events admins, content editors and admins. A lapsed, suspended, departed, declined
     * or applying person is refused, whatever roles their token carries.
     */
    public boolean mayReadDirectory(Caller caller) {
        return caller.isAdmin()
                || caller.hasRole(Roles.EVENTS_ADMIN)
                || caller.hasRole(Roles.CONTENT_EDITOR)
                || (caller.hasRole(Roles.MEMBER) || caller.hasRole(Roles.NETWORK_LEAD))
                        && activeOwnRecord(caller).isPresent();
    }

    public void requireDirectoryReader(Caller caller) {
        if (!mayReadDirectory(caller)) {
            throw caller.refusal("Only active members, events admins, content editors and admins read the directory");
        }
    }

    public boolean canRead(Caller caller, Member member) {
        if (caller.isAdmin()) {
            return true;
        }
        // An integration client has no member record of its own, so looking one up would be wasted work
        return caller.regionalNetworkRegion()
                .map(region -> member.status == MemberStatus.ACTIVE
                        && member.directoryVisible
                        && member.region.name().equals(region))
                .orElseGet(() -> isOwn(caller, member) || mayDecideApplication(caller, member));
    }

    /** Admins decide any application; an active network lead those under a network they lead. */
    public boolean mayDecideApplication(Caller caller, Member applicant) {
        if (caller.isAdmin()) {
            return true;
        }
        return applicant.status == MemberStatus.APPLIED
                && caller.hasRole(Roles.NETWORK_LEAD)
                && activeOwnRecord(caller)
                        .map(lead -> networks.leadsNetworkOf(lead.id, applicant))
                        .orElse(false);
    }

    /**
     * Admins move members through every step; leads decide applications under their networks; a member may leave.
     */
    public boolean mayChangeStatus(Caller caller, Member member, MemberStatus to) {
        if (caller.isAdmin()) {
            return true;
        }
        if (to == MemberStatus.LEFT && isOwn(caller, member)) {
            return true;
        }
        return mayDecideApplication(caller, member);
    }

    /** Whose applications the caller sees: everyone's for admins, those under their networks for an active lead. */
    public Optional<UUID> applicationsLedBy(Caller caller) {
        if (caller.isAdmin()) {
            return Optional.empty();
        }
        UUID lead = caller.hasRole(Roles.NETWORK_LEAD)
                ? activeOwnRecord(caller).map(own -> own.id).orElse(null)
                : null;
        if (lead == null) {
            throw Problems.forbidden("Only admins and active network leads see applications");
        }
        return Optional.of(lead);
    }

    /** An advisory-group application and its files: admins and the applicant; anyone else, as if it did not exist. */
    public boolean canReadAdvisoryApplication(Caller caller, AdvisoryApplication application) {
        return caller.isAdmin() || caller.subject() != null && caller.subject().equals(application.member.subject);
    }

    public boolean canChange(Caller caller, Member member) {
        return caller.isAdmin() || isOwn(caller, member);
    }

    /** The region a listing is confined to: none for admins, the client's own for a regional network. */
    public Optional<Region> listingRegion(Caller caller, Region requested) {
        if (caller.isAdmin()) {
            return Optional.ofNullable(requested);
        }
        Region own = caller.regionalNetworkRegion(Region.class)
                .orElseThrow(() -> Problems.forbidden("Only admins and regional networks list members"));
        if (requested != null && requested != own) {
            throw Problems.forbidden("This client may list members of " + own + " only");
        }
        return Optional.of(own);
    }

    private boolean isOwn(Caller caller, Member member) {
        if (member.subject != null) {
            return member.subject.equals(caller.subject());
        }
        return ownRecord(caller).map(own -> own.id.equals(member.id)).orElse(false);
    }
}
