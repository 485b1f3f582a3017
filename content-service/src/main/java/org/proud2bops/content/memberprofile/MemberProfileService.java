package org.proud2bops.content.memberprofile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proud2bops.content.item.AuthorLines;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.inbox.IncomingCloudEvent;
import org.proud2bops.platform.inbox.ProcessedEvents;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * The member profile projection: keeps {@link MemberProfile} rows in step with the members service, applying each
 * event exactly once and never letting an older fact overwrite a newer one. A change of a member's name rewrites their
 * author lines ({@link AuthorLines}). Erasure is final: an erased member keeps only an anonymous row ("Former
 * member", no account subject) that no later fact changes, their author lines become "Former member", revisions they
 * wrote name no one, and stored responses naming them are forgotten.
 */
@ApplicationScoped
public class MemberProfileService {

    static final String CONSUMER = "content-service.member-profiles";
    public static final String ERASED_NAME = "Former member";
    private static final String PREFIX = "org.proud2bops.members.";

    private final MemberProfileRepository profiles;
    private final ProcessedEvents processedEvents;
    private final AuthorLines authorLines;
    private final IdempotentRequests idempotentRequests;

    public MemberProfileService(
            MemberProfileRepository profiles,
            ProcessedEvents processedEvents,
            AuthorLines authorLines,
            IdempotentRequests idempotentRequests) {
        this.profiles = profiles;
        this.processedEvents = processedEvents;
        this.authorLines = authorLines;
        this.idempotentRequests = idempotentRequests;
    }

    /** The profile of a caller with the member role, by their token's subject; empty for anyone else. */
    public Optional<MemberProfile> ofCaller(Caller caller) {
        if (caller.isAnonymous() || !caller.hasRole(Roles.MEMBER)) {
            return Optional.empty();
        }
        return profiles.findByAccountSubject(caller.subject());
    }

    /** The profiles of these members that this service knows, by member id. */
    public Map<UUID, MemberProfile> known(List<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return profiles.list("memberId in ?1", memberIds).stream()
                .collect(Collectors.toMap(profile -> profile.memberId, Function.identity()));
    }

    /** Applies a fact once; types this projection does not read are skipped (the topic carries more). */
    @Transactional
    public void apply(IncomingCloudEvent event) {
        processedEvents.applyOnce(
                CONSUMER,
                event,
                Map.of(
                        PREFIX + "MemberJoined", this::applySnapshot,
                        PREFIX + "MemberUpdated", this::applySnapshot,
                        PREFIX + "MemberStatusChanged", this::applyStatus,
                        PREFIX + "MemberAccountLinked", this::applyLink,
                        PREFIX + "MemberErased", this::applyErasure));
    }

    /**
     * The members service ends an erasure with the member key's tombstone; once the topic is compacted it may be all
     * a late reader sees of the member (MemberErased compacted away), so it erases as MemberErased does. Applying it
     * again changes nothing; a key that is no member id names nothing this service holds.
     */
    @Transactional
    public void applyTombstone(String key) {
        IncomingCloudEvent.uuidKey(key).ifPresent(memberId -> erase(memberId, -1, Instant.now()));
    }

    private void applySnapshot(IncomingCloudEvent event) {
        MemberSnapshot snapshot = event.dataAs(MemberSnapshot.class);
        UUID memberId = event.require(snapshot.memberId(), "memberId");
        String name = event.require(snapshot.displayName(), "displayName");
        MemberStatus status = event.require(snapshot.status(), "status");
        MemberProfile profile = profiles.findByIdOptional(memberId).orElseGet(() -> newProfile(memberId));
        if (snapshot.version() <= profile.sourceVersion || profile.isErased()) {
            return;
        }
        boolean renamed = profile.displayName != null && !profile.displayName.equals(name);
        profile.displayName = name;
        profile.status = status;
        profile.accountSubject = snapshot.accountSubject();
        update(profile, snapshot.version(), event.time());
        if (renamed) {
            authorLines.renamed(profile.memberId, profile.displayName);
        }
    }

    private void applyStatus(IncomingCloudEvent event) {
        MemberStatusChanged change = event.dataAs(MemberStatusChanged.class);
        MemberStatus status = event.require(change.toStatus(), "toStatus");
        profiles.findByIdOptional(event.require(change.memberId(), "memberId"))
                .filter(profile -> change.version() > profile.sourceVersion && !profile.isErased())
                .ifPresent(profile -> {
                    profile.status = status;
                    update(profile, change.version(), event.time());
                });
    }

    /** The link leaves the member's version as it was; a profile not seen yet gets it with MemberJoined. */
    private void applyLink(IncomingCloudEvent event) {
        MemberAccountLinked link = event.dataAs(MemberAccountLinked.class);
        String subject = event.require(link.accountSubject(), "accountSubject");
        profiles.findByIdOptional(event.require(link.memberId(), "memberId"))
                .filter(profile -> !profile.isErased())
                .ifPresent(profile -> {
                    profile.accountSubject = subject;
                    profile.updatedAt = event.time();
                });
    }

    private void applyErasure(IncomingCloudEvent event) {
        MemberErased erased = event.dataAs(MemberErased.class);
        erase(event.require(erased.memberId(), "memberId"), erased.version(), event.time());
    }

    private void erase(UUID memberId, long version, Instant at) {
        MemberProfile profile = profiles.findByIdOptional(memberId).orElseGet(() -> newProfile(memberId));
        if (profile.isErased()) {
            return;
        }
        authorLines.erased(memberId, profile.accountSubject, ERASED_NAME);
        idempotentRequests.forgetEverythingAbout(profile.accountSubject, memberId.toString());
        profile.displayName = ERASED_NAME;
        profile.status = MemberStatus.ERASED;
        profile.accountSubject = null;
        update(profile, Math.max(version, profile.sourceVersion), at);
    }

    private void update(MemberProfile profile, long version, Instant at) {
        profile.sourceVersion = version;
        profile.updatedAt = at;
        profiles.persist(profile);
    }

    private static MemberProfile newProfile(UUID memberId) {
        MemberProfile created = new MemberProfile();
        created.memberId = memberId;
        created.sourceVersion = -1;
        return created;
    }
}
