package org.proud2bops.members.advisory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberAccess;
import org.proud2bops.members.member.OwnRecord;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * Who may do what with the advisory group: active members apply, for themselves; an application and its files are
 * seen by admins and the applicant, and withdrawn by the applicant only (anyone else, as if it did not exist); the
 * group's members are directory entries, read by whoever may read the directory.
 */
@ApplicationScoped
public class AdvisoryAccess {

    private final MemberAccess memberAccess;

    public AdvisoryAccess(MemberAccess memberAccess) {
        this.memberAccess = memberAccess;
    }

    /** The applicant, when they have a member record of their own and it is active; anyone else is refused (403). */
    public Member requireMayApply(Optional<Member> ownRecord) {
        return ownRecord
                .filter(MemberAccess::hasMemberRights)
                .orElseThrow(() -> Problems.forbidden("Only active members may apply to the advisory group"));
    }

    public boolean mayRead(Caller caller, AdvisoryApplication application) {
        return caller.isAdmin() || isApplicant(caller, application);
    }

    public boolean isApplicant(Caller caller, AdvisoryApplication application) {
        return caller.subject() != null && caller.subject().equals(application.member.subject);
    }

    public void requireGroupReader(Caller caller, OwnRecord own) {
        memberAccess.requireDirectoryReader(caller, own);
    }
}
