package org.proud2bops.members.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.config.MembersConfig;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberEvents;
import org.proud2bops.members.member.MemberRepository;
import org.proud2bops.members.member.MemberService;
import org.proud2bops.members.member.MemberStatus;
import org.proud2bops.members.member.NewMember;
import org.proud2bops.members.member.OwnRecord;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/**
 * Moves members through their lifecycle (applying, being approved or declined, lapsing, being suspended, leaving,
 * coming back), keeping who changed what and when, and telling other services.
 */
@ApplicationScoped
public class LifecycleService {

    private final MemberRepository members;
    private final MemberStatusChangeRepository statusChanges;
    private final MemberService memberService;
    private final LifecycleAccess access;
    private final MemberEvents events;
    private final MembersConfig config;

    public LifecycleService(
            MemberRepository members,
            MemberStatusChangeRepository statusChanges,
            MemberService memberService,
            LifecycleAccess access,
            MemberEvents events,
            MembersConfig config) {
        this.members = members;
        this.statusChanges = statusChanges;
        this.memberService = memberService;
        this.access = access;
        this.events = events;
        this.config = config;
    }

    /**
     * A signed-in person applies to join with the verified email of their token. Someone declined or who left
     * applies again on their existing record; anyone else with a record already has one.
     */
    @Transactional
    public Member apply(Caller caller, NewMember application) {
        String email = access.applicantEmail(caller);
        if (!config.privacyNoticeVersion().equals(application.privacyNoticeVersion())) {
            throw Problems.badRequest(
                    "Applying means accepting the current privacy notice, version " + config.privacyNoticeVersion(),
                    "privacyNoticeVersion");
        }
        String subject = caller.subject();
        Optional<Member> existing = members.findBySubject(subject).or(() -> members.findByEmail(email));
        if (existing.isPresent()) {
            return reapply(existing.get(), subject, application);
        }
        return memberService.create(application.withEmail(email), subject, MemberStatus.APPLIED, subject);
    }

    /** Applications waiting for a decision, oldest first: all for admins, those under their networks for a lead. */
    public PanacheQuery<Member> applications(Caller caller) {
        return members.applications(access.applicationsLedBy(caller, memberService.ownRecord(caller)));
    }

    @Transactional
    public Member changeStatus(Caller caller, UUID memberId, MemberStatus to, String reason) {
        OwnRecord own = memberService.ownRecord(caller);
        Member member = visibleMember(caller, own, memberId);
        if (!access.mayChangeStatus(caller, own, member, to)) {
            throw Problems.forbidden("You may not move this member to " + to);
        }
        if (to == MemberStatus.ERASED) {
            throw Problems.badRequest("Erasure is its own operation: DELETE /api/members/" + memberId, "status");
        }
        MemberStatus from = member.status;
        if (!from.next().contains(to)) {
            throw Problems.of(
                    ProblemType.TRANSITION_NOT_ALLOWED,
                    "A member who is " + describe(from) + " cannot become " + describe(to)
                            + (from.next().isEmpty()
                                    ? ""
                                    : "; possible: "
                                            + from.next().stream()
                                                    .map(MemberStatus::name)
                                                    .toList()));
        }
        if (to == MemberStatus.DECLINED && (reason == null || reason.isBlank())) {
            throw Problems.badRequest("Declining an application needs a reason the applicant can be told", "reason");
        }
        boolean firstActivation = to == MemberStatus.ACTIVE && member.joinedAt == null;
        member.status = to;
        member.updatedAt = Instant.now();
        if (firstActivation) {
            member.joinedAt = member.updatedAt;
        }
        members.flush();
        statusChanges.persist(MemberStatusChange.of(member, from, reason, caller.subject()));
        events.statusChanged(member, from);
        if (firstActivation) {
            events.joined(member);
        }
        return member;
    }

    /** Every status the member has had, oldest first, for those who may see it. */
    public List<MemberStatusChange> history(Caller caller, UUID memberId) {
        return statusChanges.historyOf(visibleMember(caller, memberService.ownRecord(caller), memberId).id);
    }

    /** A person applying again after being declined or leaving starts a new application on the same record. */
    private Member reapply(Member member, String subject, NewMember application) {
        if (member.subject != null && !member.subject.equals(subject)) {
            throw Problems.of(
                    ProblemType.ALREADY_EXISTS, "This email belongs to a member who signs in with another account");
        }
        if (!member.status.mayReapply()) {
            throw Problems.of(
                    ProblemType.TRANSITION_NOT_ALLOWED,
                    "You are already "
                            + (member.status == MemberStatus.APPLIED
                                    ? "waiting for a decision on your application"
                                    : "a member")
                            + "; see GET /api/members/me");
        }
        member.subject = subject;
        memberService.fill(member, application);
        MemberStatus from = member.status;
        member.status = MemberStatus.APPLIED;
        member.updatedAt = Instant.now();
        members.flush();
        statusChanges.persist(MemberStatusChange.of(member, from, "Applied again", subject));
        events.statusChanged(member, from);
        return member;
    }

    private Member visibleMember(Caller caller, OwnRecord own, UUID memberId) {
        return members.findLive(memberId)
                .filter(member -> access.maySeeStatus(caller, own, member))
                .orElseThrow(() -> Problems.notFound("Member", memberId));
    }

    private static String describe(MemberStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
