package org.proud2bops.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.domain.Member;
import org.proud2bops.members.domain.MemberRepository;
import org.proud2bops.members.domain.MemberStatus;
import org.proud2bops.members.domain.NetworkRepository;
import org.proud2bops.members.domain.Region;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who may see and change which member. Admins: everyone. A person: their own record only. A regional network's
 * client: members of its region who opted into the directory. Anything else looks like a member that does not exist.
 */
@ApplicationScoped
public class MemberAccess {

    private final MemberRepository members;
    private final NetworkRepository networks;
    private final MemberChangeEvents events;

    public MemberAccess(MemberRepository members, NetworkRepository networks, MemberChangeEvents events) {
        this.members = members;
        this.networks = networks;
        this.events = events;
    }

    /**
     * The caller's own member record: the one linked to their token's subject or, on first sign-in, the unlinked
     * record with their verified email, which is then linked (and MemberAccountLinked tells other services).
     */
    @Transactional
    public Optional<Member> ownRecord(Caller caller) {
        Optional<Member> linked = members.findBySubject(caller.subject());
        if (linked.isPresent()) {
            return linked;
        }
        return caller.verifiedEmail().flatMap(members::findUnlinkedByEmail).map(member -> {
            member.subject = caller.subject();
            events.accountLinked(member);
            return member;
        });
    }

    /** The caller's own record, or a 404 problem saying they have none. */
    public Member requireOwnRecord(Caller caller) {
        return ownRecord(caller).orElseThrow(() -> Problems.notFound("No member record is linked to your sign-in"));
    }

    public boolean canRead(Caller caller, Member member) {
        if (caller.isAdmin()) {
            return true;
        }
        // An integration client has no member record of its own, so looking one up would be wasted work
        return caller.regionalNetworkRegion()
                .map(region -> member.directoryVisible && member.region.name().equals(region))
                .orElseGet(() -> isOwn(caller, member) || mayDecideApplication(caller, member));
    }

    /** Admins decide any application; a network lead those under a network they lead. */
    public boolean mayDecideApplication(Caller caller, Member applicant) {
        if (caller.isAdmin()) {
            return true;
        }
        return applicant.status == MemberStatus.APPLIED && caller.hasRole(Roles.NETWORK_LEAD)
                && ownRecord(caller).map(lead -> networks.leadsNetworkOf(lead.id, applicant)).orElse(false);
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

    /** Whose applications the caller sees: everyone's for admins, those under their networks for a lead. */
    public Optional<UUID> applicationsLedBy(Caller caller) {
        if (caller.isAdmin()) {
            return Optional.empty();
        }
        UUID lead = caller.hasRole(Roles.NETWORK_LEAD) ? ownRecord(caller).map(own -> own.id).orElse(null) : null;
        if (lead == null) {
            throw Problems.forbidden("Only admins and network leads see applications");
        }
        return Optional.of(lead);
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
