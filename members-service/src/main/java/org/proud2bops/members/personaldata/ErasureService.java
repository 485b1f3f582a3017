package org.proud2bops.members.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.advisory.AdvisoryApplicationRepository;
import org.proud2bops.members.lifecycle.MemberStatusChange;
import org.proud2bops.members.lifecycle.MemberStatusChangeRepository;
import org.proud2bops.members.member.CommunicationPreferences;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberAccess;
import org.proud2bops.members.member.MemberEvents;
import org.proud2bops.members.member.MemberRepository;
import org.proud2bops.members.member.MemberService;
import org.proud2bops.members.member.MemberStatus;
import org.proud2bops.members.member.OwnRecord;
import org.proud2bops.members.member.RoleLevel;
import org.proud2bops.members.network.NetworkMembershipRepository;
import org.proud2bops.members.organisation.OrganisationProposalRepository;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.outbox.Outbox;
import org.proud2bops.platform.security.Caller;

/** A person's right to erasure: their data removed irreversibly, here and, through MemberErased, everywhere. */
@ApplicationScoped
public class ErasureService {

    static final String ERASED_ACTOR = "erased-member";

    private final MemberRepository members;
    private final MemberStatusChangeRepository statusChanges;
    private final NetworkMembershipRepository networkMemberships;
    private final AdvisoryApplicationRepository advisoryApplications;
    private final OrganisationProposalRepository organisationProposals;
    private final MemberService memberService;
    private final MemberAccess access;
    private final MemberEvents events;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;
    private final AccountRemovalService accountRemovals;

    public ErasureService(
            MemberRepository members,
            MemberStatusChangeRepository statusChanges,
            NetworkMembershipRepository networkMemberships,
            AdvisoryApplicationRepository advisoryApplications,
            OrganisationProposalRepository organisationProposals,
            MemberService memberService,
            MemberAccess access,
            MemberEvents events,
            Outbox outbox,
            IdempotentRequests idempotentRequests,
            AccountRemovalService accountRemovals) {
        this.members = members;
        this.statusChanges = statusChanges;
        this.networkMemberships = networkMemberships;
        this.advisoryApplications = advisoryApplications;
        this.organisationProposals = organisationProposals;
        this.memberService = memberService;
        this.access = access;
        this.events = events;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
        this.accountRemovals = accountRemovals;
    }

    /**
     * Erases the caller's own record. A first sign-in is linked first, in its own transaction, so the account the
     * person signed in with is removed at the identity provider too. 404 when they have no record.
     */
    public Member eraseOwn(Caller caller) {
        Member own = memberService.ownMember(caller);
        return erase(own.id, caller.subject()).orElseThrow(MemberService::noOwnRecord);
    }

    /** Erases a member, for the member themself or an admin; anyone else's is as good as absent. */
    public Optional<Member> erase(Caller caller, UUID memberId) {
        OwnRecord own = memberService.ownRecord(caller);
        return members.findLive(memberId)
                .filter(member -> access.mayChange(caller, own, member))
                .flatMap(member -> erase(member.id, caller.subject()));
    }

    /**
     * Removes the person's data irreversibly: the record keeps only its id (so later facts about it are recognised
     * as stale) and the lifecycle its steps without reasons; network memberships, advisory group applications with
     * their documents, stored responses of their requests or naming them, and unsent or sent outbox facts about them
     * go; where they acted on others' records (a decision, a status change) their sign-in is replaced. Publishes
     * MemberErased and the member key's tombstone for every other service to do the same, and has their account at
     * the identity provider removed.
     */
    @Transactional
    Optional<Member> erase(UUID memberId, String erasedBy) {
        return members.findLive(memberId).map(member -> {
            String ownSubject = member.subject;
            String ownEmail = member.email;
            statusChanges.forgetReasons(member.id);
            forgetAsActor(ownSubject);
            networkMemberships.deleteAllOf(member.id);
            advisoryApplications.deleteAllOf(member.id);
            anonymise(member);
            String actor = erasedBy.equals(ownSubject) ? ERASED_ACTOR : erasedBy;
            MemberStatus from = member.status;
            member.status = MemberStatus.ERASED;
            member.erasedAt = Instant.now();
            member.updatedAt = member.erasedAt;
            members.flush();
            // Erasure is a step like any other, recorded after the record was anonymised; it is never undone
            statusChanges.persist(MemberStatusChange.of(member, from, null, actor));
            outbox.forget(member.id);
            idempotentRequests.forgetEverythingAbout(ownSubject, member.id.toString(), ownEmail);
            events.erased(member);
            accountRemovals.requestRemoval(ownSubject);
            return member;
        });
    }

    /** Their sign-in is replaced wherever it records who did something: in any member's history, and decisions. */
    private void forgetAsActor(String ownSubject) {
        if (ownSubject == null) {
            return;
        }
        statusChanges.replaceActor(ownSubject, ERASED_ACTOR);
        organisationProposals.replaceResolver(ownSubject, ERASED_ACTOR);
        advisoryApplications.replaceDecider(ownSubject, ERASED_ACTOR);
    }

    private static void anonymise(Member member) {
        member.givenName = "Erased";
        member.familyName = "member";
        member.email = "erased-" + member.id + "@erased.invalid";
        member.jobTitle = null;
        member.roleLevel = RoleLevel.OTHER;
        member.organisation = null;
        member.organisationProposal = null;
        member.subject = null;
        member.directoryVisible = false;
        member.communicationPreferences = new CommunicationPreferences();
        member.privacyNoticeVersion = null;
        member.privacyNoticeAcceptedAt = null;
        member.refreshSearchText();
    }
}
