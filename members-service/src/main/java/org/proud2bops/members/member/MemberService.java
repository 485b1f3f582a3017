package org.proud2bops.members.member;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.config.MembersConfig;
import org.proud2bops.members.lifecycle.MemberLifecycle;
import org.proud2bops.members.organisation.OrganisationChoice;
import org.proud2bops.members.organisation.OrganisationService;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

@ApplicationScoped
public class MemberService {

    private final MemberRepository members;
    private final OrganisationService organisations;
    private final MemberLifecycle lifecycle;
    private final MemberChangeEvents events;
    private final MembersConfig config;

    public MemberService(
            MemberRepository members,
            OrganisationService organisations,
            MemberLifecycle lifecycle,
            MemberChangeEvents events,
            MembersConfig config) {
        this.members = members;
        this.organisations = organisations;
        this.lifecycle = lifecycle;
        this.events = events;
        this.config = config;
    }

    /** An admin (or an import) adds someone as an active member straight away. */
    @Transactional
    public Member register(NewMember request, String registeredBy) {
        if (members.emailInUse(request.email())) {
            throw Problems.of(
                    ProblemType.ALREADY_EXISTS,
                    "A member with the email " + request.email().strip() + " already exists");
        }
        Member member = newRecord(request);
        lifecycle.begin(member, MemberStatus.ACTIVE, registeredBy);
        events.joined(member);
        return member;
    }

    /**
     * A signed-in person applies to join with the verified email of their token. Someone declined or who left
     * applies again on their existing record; anyone else with a record already has one.
     */
    @Transactional
    public Member apply(String subject, String verifiedEmail, NewMember application) {
        if (!config.privacyNoticeVersion().equals(application.privacyNoticeVersion())) {
            throw Problems.badRequest(
                    "Applying means accepting the current privacy notice, version " + config.privacyNoticeVersion(),
                    "privacyNoticeVersion");
        }
        Optional<Member> existing = members.findBySubject(subject).or(() -> members.findByEmail(verifiedEmail));
        if (existing.isPresent()) {
            return reapply(existing.get(), subject, application);
        }
        Member member = newRecord(application.withEmail(verifiedEmail));
        member.subject = subject;
        lifecycle.begin(member, MemberStatus.APPLIED, subject);
        return member;
    }

    @Transactional
    public Optional<Member> update(UUID memberId, ExpectedVersion expectedVersion, MemberChanges changes) {
        return members.findLive(memberId).map(member -> {
            expectedVersion.requireMatch(member.version);
            Optional.ofNullable(changes.givenName()).map(String::strip).ifPresent(name -> member.givenName = name);
            Optional.ofNullable(changes.familyName()).map(String::strip).ifPresent(name -> member.familyName = name);
            Optional.ofNullable(changes.jobTitle()).ifPresent(title -> member.jobTitle = title.strip());
            Optional.ofNullable(changes.roleLevel()).ifPresent(level -> member.roleLevel = level);
            Optional.ofNullable(changes.organisation())
                    .ifPresent(choice -> organisations.assign(member, choice, "organisation"));
            Optional.ofNullable(changes.region()).ifPresent(region -> member.region = region);
            Optional.ofNullable(changes.directoryVisible()).ifPresent(visible -> member.directoryVisible = visible);
            Optional.ofNullable(changes.communication())
                    .ifPresent(choices -> choices.applyTo(member.communicationPreferences));
            Optional.ofNullable(changes.privacyNoticeVersion()).ifPresent(version -> recordConsent(member, version));
            member.refreshSearchText();
            member.updatedAt = Instant.now();
            members.flush();
            events.updated(member);
            return member;
        });
    }

    /**
     * The caller's own member record: the one linked to their token's subject or, on first sign-in, the unlinked
     * record with their verified email, which is then linked (and MemberAccountLinked tells other services).
     */
    @Transactional
    public Optional<Member> linkedRecord(Caller caller) {
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

    /** The caller's own record (linked on first sign-in), or a 404 problem saying they have none. */
    public Member requireLinkedRecord(Caller caller) {
        return linkedRecord(caller).orElseThrow(() -> Problems.notFound("No member record is linked to your sign-in"));
    }

    public Optional<Member> find(UUID memberId) {
        return members.findLive(memberId);
    }

    public PanacheQuery<Member> list(MemberFilter filter) {
        return members.filtered(filter);
    }

    /** Applications waiting for a decision: all, or those under the networks one lead leads. */
    public PanacheQuery<Member> applications(Optional<UUID> ledBy) {
        return members.applications(ledBy);
    }

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
        fill(member, application);
        lifecycle.reapply(member, subject);
        return member;
    }

    private Member newRecord(NewMember request) {
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.email = request.email().strip();
        member.updatedAt = Instant.now();
        fill(member, request);
        return member;
    }

    private void fill(Member member, NewMember request) {
        member.givenName = request.givenName().strip();
        member.familyName = request.familyName().strip();
        member.jobTitle = request.jobTitle() == null ? null : request.jobTitle().strip();
        member.roleLevel = request.roleLevel() == null ? RoleLevel.OTHER : request.roleLevel();
        organisations.assign(
                member,
                request.organisation() == null ? OrganisationChoice.NONE : request.organisation(),
                "organisation");
        member.region = request.region() != null
                ? request.region()
                : Optional.ofNullable(member.organisation)
                        .map(organisation -> organisation.region)
                        .orElseThrow(() -> Problems.badRequest(
                                "Give a region, or an organisation on the list so the region follows from it",
                                "region"));
        member.directoryVisible = request.directoryVisible();
        (request.communication() == null ? CommunicationChoices.NONE : request.communication())
                .applyTo(member.communicationPreferences);
        if (request.privacyNoticeVersion() != null) {
            recordConsent(member, request.privacyNoticeVersion());
        }
        member.refreshSearchText();
    }

    private void recordConsent(Member member, String version) {
        if (!config.privacyNoticeVersion().equals(version)) {
            throw Problems.badRequest(
                    "Only the current privacy notice, version " + config.privacyNoticeVersion() + ", can be accepted",
                    "privacyNoticeVersion");
        }
        if (!version.equals(member.privacyNoticeVersion)) {
            member.privacyNoticeVersion = version;
            member.privacyNoticeAcceptedAt = Instant.now();
        }
    }
}
