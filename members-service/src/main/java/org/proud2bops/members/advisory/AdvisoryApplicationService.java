package org.proud2bops.members.advisory;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.proud2bops.members.member.Member;
import org.proud2bops.members.member.MemberService;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/** Applications to advisory group calls: submitted and withdrawn by members, decided by admins; and the group. */
@ApplicationScoped
public class AdvisoryApplicationService {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final AdvisoryCallRepository calls;
    private final AdvisoryApplicationRepository applications;
    private final AdvisoryDocumentRepository documents;
    private final DocumentCheck documentCheck;
    private final MemberService memberService;
    private final AdvisoryAccess access;
    private final Clock clock;

    public AdvisoryApplicationService(
            AdvisoryCallRepository calls,
            AdvisoryApplicationRepository applications,
            AdvisoryDocumentRepository documents,
            DocumentCheck documentCheck,
            MemberService memberService,
            AdvisoryAccess access,
            Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.documents = documents;
        this.documentCheck = documentCheck;
        this.memberService = memberService;
        this.access = access;
        this.clock = clock;
    }

    /**
     * An active member applies, for themselves, while the call is open, with both documents. Reaching their record
     * links a first sign-in, as reading it would.
     */
    public AdvisoryApplicationView apply(
            Caller caller, UUID callId, UploadedDocument cv, UploadedDocument coveringLetter) {
        Member applicant = access.requireMayApply(memberService.linkOnFirstSignIn(caller));
        return submit(callId, applicant, cv, coveringLetter);
    }

    /** The applicant withdraws before the deadline; someone else's application is as good as absent. */
    @Transactional
    public AdvisoryApplicationView withdraw(Caller caller, UUID applicationId) {
        AdvisoryApplication application = applications
                .findByIdOptional(applicationId)
                .filter(found -> access.isApplicant(caller, found))
                .orElseThrow(() -> Problems.notFound("Advisory group application", applicationId));
        requireOpen(application.call, "withdraw");
        if (application.status != AdvisoryApplication.Status.SUBMITTED) {
            throw Problems.of(
                    ProblemType.TRANSITION_NOT_ALLOWED,
                    "Only a submitted application can be withdrawn; this one is " + application.status);
        }
        application.status = AdvisoryApplication.Status.WITHDRAWN;
        applications.flush();
        return withDocuments(application);
    }

    /** Makes the applicant a group member for the call's term. */
    @Transactional
    public AdvisoryApplicationView accept(UUID applicationId, String reason, String decidedBy) {
        return decide(applicationId, AdvisoryApplication.Status.ACCEPTED, reason, decidedBy);
    }

    @Transactional
    public AdvisoryApplicationView decline(UUID applicationId, String reason, String decidedBy) {
        return decide(applicationId, AdvisoryApplication.Status.DECLINED, reason, decidedBy);
    }

    /** An application the caller may see; anyone else's is as good as absent. */
    public Optional<AdvisoryApplicationView> find(Caller caller, UUID applicationId) {
        return applications
                .findByIdOptional(applicationId)
                .filter(application -> access.mayRead(caller, application))
                .map(this::withDocuments);
    }

    /** The applications to a call, oldest first; the call must exist. */
    public PanacheQuery<AdvisoryApplication> applicationsTo(UUID callId) {
        calls.findByIdOptional(callId).orElseThrow(() -> Problems.notFound("Advisory group call", callId));
        return applications.forCall(callId);
    }

    public AdvisoryApplicationView withDocuments(AdvisoryApplication application) {
        return new AdvisoryApplicationView(application, documents.documentsOf(application.id));
    }

    /** The group today: accepted applicants whose term has not ended, for those who may read the directory. */
    public PanacheQuery<AdvisoryApplication> groupMembers(Caller caller) {
        access.requireGroupReader(caller, memberService.ownRecord(caller));
        return applications.groupMembersOn(LocalDate.ofInstant(clock.instant(), UK));
    }

    @Transactional
    AdvisoryApplicationView submit(
            UUID callId, Member applicant, UploadedDocument cv, UploadedDocument coveringLetter) {
        AdvisoryCall call =
                calls.findByIdOptional(callId).orElseThrow(() -> Problems.notFound("Advisory group call", callId));
        requireOpen(call, "apply");
        DocumentCheck.CheckedDocument checkedCv = documentCheck.check(cv, "cv");
        DocumentCheck.CheckedDocument checkedLetter = documentCheck.check(coveringLetter, "coveringLetter");
        if (applications.hasLiveApplication(callId, applicant.id)) {
            throw Problems.of(
                    ProblemType.ALREADY_EXISTS,
                    "You have applied to this call already; withdraw that application to send a new one");
        }
        AdvisoryApplication application = new AdvisoryApplication();
        application.id = UUID.randomUUID();
        application.call = call;
        application.member = applicant;
        application.status = AdvisoryApplication.Status.SUBMITTED;
        application.submittedAt = clock.instant();
        applications.persistAndFlush(application);
        documents.persist(
                AdvisoryDocument.of(application.id, AdvisoryDocument.Kind.CV, checkedCv.format(), checkedCv.content()));
        documents.persist(AdvisoryDocument.of(
                application.id,
                AdvisoryDocument.Kind.COVERING_LETTER,
                checkedLetter.format(),
                checkedLetter.content()));
        return withDocuments(application);
    }

    private AdvisoryApplicationView decide(
            UUID applicationId, AdvisoryApplication.Status outcome, String reason, String decidedBy) {
        AdvisoryApplication application = applications
                .findByIdOptional(applicationId)
                .orElseThrow(() -> Problems.notFound("Advisory group application", applicationId));
        if (application.status != AdvisoryApplication.Status.SUBMITTED) {
            throw Problems.of(
                    ProblemType.TRANSITION_NOT_ALLOWED,
                    "Only a submitted application can be decided; this one is " + application.status);
        }
        application.status = outcome;
        application.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        application.decidedAt = clock.instant();
        application.decidedBy = decidedBy;
        applications.flush();
        return withDocuments(application);
    }

    private void requireOpen(AdvisoryCall call, String action) {
        Instant now = clock.instant();
        if (now.isBefore(call.opensAt)) {
            throw Problems.of(
                    ProblemType.OUTSIDE_DEADLINE,
                    "This call opens at " + call.opensAt + "; you cannot " + action + " before then");
        }
        if (!now.isBefore(call.closesAt)) {
            throw Problems.of(
                    ProblemType.OUTSIDE_DEADLINE,
                    "This call closed at " + call.closesAt + "; you can no longer " + action);
        }
    }
}
