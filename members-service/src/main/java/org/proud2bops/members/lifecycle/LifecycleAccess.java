package org.proud2bops.members.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberAccess;
import org.proud2bops.members.member.MemberStatus;
import org.proud2bops.members.member.OwnRecord;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Who may apply, see applications, and move a member through the lifecycle. Admins: everything. An active network
 * lead: the applications under a network they lead. A member: their own history, and leaving. Applying needs a
 * verified email. A regional network's client sees no one's status.
 */
@ApplicationScoped
public class LifecycleAccess {

    private final MemberAccess memberAccess;

    public LifecycleAccess(MemberAccess memberAccess) {
        this.memberAccess = memberAccess;
    }

    /** The email an application is made with: the one the caller's token says is verified; none is 403. */
    public String applicantEmail(Caller caller) {
        return caller.verifiedEmail()
                .orElseThrow(() -> Problems.forbidden("Applying needs a token carrying a verified email"));
    }

    /** Whose status and history the caller sees: a member they may read, unless they are a regional network. */
    public boolean maySeeStatus(Caller caller, OwnRecord own, Member member) {
        return memberAccess.mayRead(caller, own, member)
                && caller.regionalNetworkRegion().isEmpty();
    }

    /**
     * Admins move members through every step; leads decide applications under their networks; a member may leave.
     */
    public boolean mayChangeStatus(Caller caller, OwnRecord own, Member member, MemberStatus to) {
        if (caller.isAdmin()) {
            return true;
        }
        if (to == MemberStatus.LEFT && memberAccess.isOwn(caller, own, member)) {
            return true;
        }
        return memberAccess.mayDecideApplication(caller, own, member);
    }

    /** Whose applications the caller sees: everyone's for admins (empty), those under their networks for an active lead. */
    public Optional<UUID> applicationsLedBy(Caller caller, OwnRecord own) {
        if (caller.isAdmin()) {
            return Optional.empty();
        }
        if (!caller.hasRole(Roles.NETWORK_LEAD) || own.active().isEmpty()) {
            throw Problems.forbidden("Only admins and active network leads see applications");
        }
        return own.active().map(lead -> lead.id);
    }
}
