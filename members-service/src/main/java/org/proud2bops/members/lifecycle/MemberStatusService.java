package org.proud2bops.members.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberRepository;
import org.proud2bops.members.member.MemberStatus;
import org.proud2bops.platform.problem.Problems;

/** Status changes asked for over the API; erased members are gone for this as for everything else. */
@ApplicationScoped
public class MemberStatusService {

    private final MemberRepository members;
    private final MemberLifecycle lifecycle;

    public MemberStatusService(MemberRepository members, MemberLifecycle lifecycle) {
        this.members = members;
        this.lifecycle = lifecycle;
    }

    public Optional<Member> find(UUID memberId) {
        return members.findLive(memberId);
    }

    @Transactional
    public Member change(UUID memberId, MemberStatus to, String reason, String changedBy) {
        Member member = find(memberId).orElseThrow(() -> Problems.notFound("Member", memberId));
        if (to == MemberStatus.ERASED) {
            throw Problems.badRequest("Erasure is its own operation: DELETE /api/members/" + memberId, "status");
        }
        lifecycle.change(member, to, reason, changedBy);
        return member;
    }

    public List<MemberStatusChange> history(Member member) {
        return lifecycle.history(member);
    }
}
