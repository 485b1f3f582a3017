package org.proud2bops.members.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.advisory.AdvisoryApplicationRepository;
import org.proud2bops.members.advisory.AdvisoryApplicationView;
import org.proud2bops.members.advisory.AdvisoryDocumentRepository;
import org.proud2bops.members.lifecycle.MemberStatusChangeRepository;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberAccess;
import org.proud2bops.members.member.MemberRepository;
import org.proud2bops.members.member.MemberService;
import org.proud2bops.members.member.OwnRecord;
import org.proud2bops.members.network.NetworkMembershipRepository;
import org.proud2bops.platform.security.Caller;

/** A person's right of access: a copy of everything held about them. */
@ApplicationScoped
public class PersonalDataService {

    private final MemberRepository members;
    private final MemberStatusChangeRepository statusChanges;
    private final NetworkMembershipRepository networkMemberships;
    private final AdvisoryApplicationRepository advisoryApplications;
    private final AdvisoryDocumentRepository advisoryDocuments;
    private final MemberService memberService;
    private final MemberAccess access;

    public PersonalDataService(
            MemberRepository members,
            MemberStatusChangeRepository statusChanges,
            NetworkMembershipRepository networkMemberships,
            AdvisoryApplicationRepository advisoryApplications,
            AdvisoryDocumentRepository advisoryDocuments,
            MemberService memberService,
            MemberAccess access) {
        this.members = members;
        this.statusChanges = statusChanges;
        this.networkMemberships = networkMemberships;
        this.advisoryApplications = advisoryApplications;
        this.advisoryDocuments = advisoryDocuments;
        this.memberService = memberService;
        this.access = access;
    }

    /** The caller's own data, linking their record first when this is their first sign-in; 404 when they have none. */
    public PersonalData exportOwn(Caller caller) {
        return export(memberService.ownMember(caller));
    }

    /** A member's data, for the member themself or an admin; anyone else's is as good as absent. */
    public Optional<PersonalData> export(Caller caller, UUID memberId) {
        OwnRecord own = memberService.ownRecord(caller);
        return members.findLive(memberId)
                .filter(member -> access.mayChange(caller, own, member))
                .map(this::export);
    }

    private PersonalData export(Member member) {
        return new PersonalData(
                member,
                statusChanges.historyOf(member.id),
                networkMemberships.membershipsOf(member.id),
                advisoryApplications.ofMember(member.id).stream()
                        .map(application ->
                                new AdvisoryApplicationView(application, advisoryDocuments.documentsOf(application.id)))
                        .toList());
    }
}
