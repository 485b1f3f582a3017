package org.proud2bops.members.member;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.proud2bops.members.config.MembersConfig;
import org.proud2bops.members.lifecycle.MemberStatusChange;
import org.proud2bops.members.lifecycle.MemberStatusChangeRepository;
import org.proud2bops.members.network.Network;
import org.proud2bops.members.network.NetworkRepository;
import org.proud2bops.members.organisation.OrganisationChoice;
import org.proud2bops.members.organisation.OrganisationService;
import org.proud2bops.platform.http.ExpectedVersion;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.problem.Problems;
import org.proud2bops.platform.security.Caller;

/** Member records: registering, reading, listing and changing them, and finding the caller's own. */
@ApplicationScoped
public class MemberService {

    private final MemberRepository members;
    private final NetworkRepository networks;
    private final MemberStatusChangeRepository statusChanges;
    private final OrganisationService organisations;
    private final MemberAccess access;
    private final MemberEvents events;
    private final MembersConfig config;

    public MemberService(
            MemberRepository members,
            NetworkRepository networks,
            MemberStatusChangeRepository statusChanges,
            OrganisationService organisations,
            MemberAccess access,
            MemberEvents events,
            MembersConfig config) {
        this.members = members;
        this.networks = networks;
        this.statusChanges = statusChanges;
        this.organisations = organisations;
        this.access = access;
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
        Member member = create(request, null, MemberStatus.ACTIVE, registeredBy);
        events.joined(member);
        return member;
    }

    /** Stores a new member in its first status; the creation is itself a recorded status change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Member create(NewMember request, String subject, MemberStatus status, String createdBy) {
        Member member = new Member();
        member.id = UUID.randomUUID();
        member.email = request.email().strip();
        member.subject = subject;
        member.updatedAt = Instant.now();
        fill(member, request);
        member.status = status;
        if (status == MemberStatus.ACTIVE) {
            member.joinedAt = member.updatedAt;
        }
        members.persistAndFlush(member);
        statusChanges.persist(MemberStatusChange.of(member, null, null, createdBy));
        return member;
    }

    /** Replaces a record's details with those given when someone joins (or applies again). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fill(Member member, NewMember request) {
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

    /** A member the caller may read; anyone else's is as good as absent. */
    public Optional<Member> find(Caller caller, UUID memberId) {
        OwnRecord own = ownRecord(caller);
        return members.findLive(memberId).filter(member -> access.mayRead(caller, own, member));
    }

    /** Members matching the filter, as far as the caller may list them. */
    public PanacheQuery<Member> list(Caller caller, MemberFilter filter) {
        return members.filtered(access.listing(caller, filter));
    }

    /** The directory: active members who opted into it, for those who may read it. */
    public PanacheQuery<Member> directory(Caller caller, MemberFilter filter) {
        access.requireDirectoryReader(caller, ownRecord(caller));
        return members.filtered(filter.directoryOnly());
    }

    /**
     * Changes a member the caller may change; anyone else's is as good as absent. The expected version is asked for
     * only then, so a stranger learns nothing from a missing If-Match.
     */
    public Optional<Member> update(
            Caller caller, UUID memberId, Supplier<ExpectedVersion> expectedVersion, MemberChanges changes) {
        OwnRecord own = ownRecord(caller);
        return members.findLive(memberId)
                .filter(member -> access.mayChange(caller, own, member))
                .flatMap(member -> change(member.id, expectedVersion.get(), changes));
    }

    /** Changes the caller's own record, linking it first when this is their first sign-in; 404 when they have none. */
    public Member updateOwn(Caller caller, Supplier<ExpectedVersion> expectedVersion, MemberChanges changes) {
        Member own = ownMember(caller);
        return change(own.id, expectedVersion.get(), changes).orElseThrow(MemberService::noOwnRecord);
    }

    /** The caller's own member record, linking it first when this is their first sign-in; 404 when they have none. */
    public Member ownMember(Caller caller) {
        return linkOnFirstSignIn(caller).orElseThrow(MemberService::noOwnRecord);
    }

    /** The answer to a caller who reaches for their own record and has none: 404. */
    public static RuntimeException noOwnRecord() {
        return Problems.notFound("No member record is linked to your sign-in");
    }

    /**
     * The caller's own member record, read only: the one linked to their token's subject or, before their first
     * sign-in is linked, the unlinked record with their verified email; with the networks it leads.
     */
    public OwnRecord ownRecord(Caller caller) {
        return members.findBySubject(caller.subject())
                .or(() -> caller.verifiedEmail().flatMap(members::findUnlinkedByEmail))
                .map(member -> OwnRecord.of(member, ledNetworks(caller, member)))
                .orElse(OwnRecord.NONE);
    }

    /**
     * The step where a signed-in person reaches their own record: on their first sign-in the unlinked record with
     * their verified email is linked to their token's subject, and MemberAccountLinked tells other services.
     */
    @Transactional
    public Optional<Member> linkOnFirstSignIn(Caller caller) {
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

    @Transactional
    Optional<Member> change(UUID memberId, ExpectedVersion expectedVersion, MemberChanges changes) {
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

    private List<Network> ledNetworks(Caller caller, Member member) {
        return access.mayActAsNetworkLead(caller) ? networks.ledBy(member.id) : List.of();
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
