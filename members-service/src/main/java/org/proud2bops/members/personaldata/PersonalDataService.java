package org.proud2bops.members.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.proud2bops.members.advisory.AdvisoryApplication;
import org.proud2bops.members.advisory.AdvisoryApplicationRepository;
import org.proud2bops.members.lifecycle.MemberLifecycle;
import org.proud2bops.members.member.CommunicationPreferences;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberChangeEvents;
import org.proud2bops.members.member.MemberRepository;
import org.proud2bops.members.member.MemberStatus;
import org.proud2bops.members.member.RoleLevel;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.outbox.Outbox;

/** A person's rights over their data: a copy of all of it, and erasure. */
@ApplicationScoped
public class PersonalDataService {

    static final String ERASED_ACTOR = "erased-member";

    private final MemberRepository members;
    private final MemberLifecycle lifecycle;
    private final MemberChangeEvents events;
    private final Outbox outbox;
    private final IdempotentRequests idempotentRequests;
    private final AdvisoryApplicationRepository advisoryApplications;
    private final IdentityProviderAccounts identityProviderAccounts;

    public PersonalDataService(
            MemberRepository members,
            MemberLifecycle lifecycle,
            MemberChangeEvents events,
            Outbox outbox,
            IdempotentRequests idempotentRequests,
            AdvisoryApplicationRepository advisoryApplications,
            IdentityProviderAccounts identityProviderAccounts) {
        this.advisoryApplications = advisoryApplications;
        this.identityProviderAccounts = identityProviderAccounts;
        this.members = members;
        this.lifecycle = lifecycle;
        this.events = events;
        this.outbox = outbox;
        this.idempotentRequests = idempotentRequests;
    }

    public PersonalData export(Member member) {
        List<PersonalData.Membership> networks = members.getEntityManager()
                .createQuery("""
                        select new org.proud2bops.members.personaldata.PersonalData$Membership(n, m)
                        from NetworkMembership m, Network n where m.key.networkSlug = n.slug and m.key.memberId = :id
                        order by m.joinedAt""", PersonalData.Membership.class)
                .setParameter("id", member.id)
                .getResultList();
        List<AdvisoryApplication> applications = advisoryApplications.ofMember(member.id);
        return new PersonalData(
                member,
                lifecycle.history(member),
                networks,
                applications,
                applications.stream()
                        .collect(Collectors.toMap(
                                application -> application.id,
                                application -> advisoryApplications.documents(application.id))));
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
    public Optional<Member> erase(UUID memberId, String erasedBy) {
        return members.findLive(memberId).map(member -> {
            String ownSubject = member.subject;
            String ownEmail = member.email;
            forgetHistoryDetails(member.id);
            forgetAsActor(ownSubject);
            members.getEntityManager()
                    .createQuery("delete from NetworkMembership m where m.key.memberId = :id")
                    .setParameter("id", member.id)
                    .executeUpdate();
            advisoryApplications.deleteAllOf(member.id);
            anonymise(member);
            String actor = erasedBy.equals(ownSubject) ? ERASED_ACTOR : erasedBy;
            MemberStatus from = member.status;
            member.status = MemberStatus.ERASED;
            member.erasedAt = Instant.now();
            member.updatedAt = member.erasedAt;
            members.flush();
            lifecycle.recordErasure(member, from, actor);
            outbox.forget(member.id);
            idempotentRequests.forgetEverythingAbout(ownSubject, member.id.toString(), ownEmail);
            events.erased(member);
            identityProviderAccounts.requestRemoval(ownSubject);
            return member;
        });
    }

    private void forgetHistoryDetails(UUID memberId) {
        members.getEntityManager()
                .createQuery("update MemberStatusChange set reason = null where memberId = :id")
                .setParameter("id", memberId)
                .executeUpdate();
    }

    /** Their sign-in is replaced wherever it records who did something: in any member's history, and decisions. */
    private void forgetAsActor(String ownSubject) {
        if (ownSubject == null) {
            return;
        }
        for (String update : List.of(
                "update MemberStatusChange set changedBy = :erased where changedBy = :own",
                "update OrganisationProposal set resolvedBy = :erased where resolvedBy = :own",
                "update AdvisoryApplication set decidedBy = :erased where decidedBy = :own")) {
            members.getEntityManager()
                    .createQuery(update)
                    .setParameter("erased", ERASED_ACTOR)
                    .setParameter("own", ownSubject)
                    .executeUpdate();
        }
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
