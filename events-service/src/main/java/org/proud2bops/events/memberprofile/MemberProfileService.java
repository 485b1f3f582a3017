package org.proud2bops.events.memberprofile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.proud2bops.events.registration.RegistrationService;
import org.proud2bops.platform.idempotency.IdempotentRequests;
import org.proud2bops.platform.inbox.IncomingCloudEvent;
import org.proud2bops.platform.inbox.ProcessedEvents;

/**
 * The member profile projection: keeps {@link MemberProfile} rows in step with the members service, applying each
 * event exactly once and never letting an older fact overwrite a newer one. Erasure is final: an erased member keeps
 * only an anonymous row that no later fact changes, so nothing can bring their name back; their places at events still
 * to come are released and stored responses naming them are forgotten. A member whose membership lapses, is suspended
 * or ends loses their places (and places in line) at members-only events still to come; reactivation gives none back.
 */
@ApplicationScoped
public class MemberProfileService {

    static final String CONSUMER = "events-service.member-profiles";
    static final String ERASED_NAME = "Former member";
    private static final String PREFIX = "org.proud2bops.members.";

    private final MemberProfileRepository profiles;
    private final ProcessedEvents processedEvents;
    private final RegistrationService registrations;
    private final IdempotentRequests idempotentRequests;

    public MemberProfileService(
            MemberProfileRepository profiles,
            ProcessedEvents processedEvents,
            RegistrationService registrations,
            IdempotentRequests idempotentRequests) {
        this.profiles = profiles;
        this.processedEvents = processedEvents;
        this.registrations = registrations;
        this.idempotentRequests = idempotentRequests;
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
        event.require(snapshot.memberId(), "memberId");
        event.require(snapshot.displayName(), "displayName");
        event.require(snapshot.region(), "region");
        event.require(snapshot.status(), "status");
        MemberProfile profile =
                profiles.findByIdOptional(snapshot.memberId()).orElseGet(() -> newProfile(snapshot.memberId()));
        if (snapshot.version() <= profile.sourceVersion || profile.isErased()) {
            return;
        }
        profile.displayName = snapshot.displayName();
        profile.region = snapshot.region();
        profile.status = snapshot.status();
        profile.accountSubject = snapshot.accountSubject();
        profile.directoryVisible = Boolean.TRUE.equals(snapshot.directoryVisible());
        update(profile, snapshot.version(), event.time());
    }

    private void applyStatus(IncomingCloudEvent event) {
        MemberStatusChanged change = event.dataAs(MemberStatusChanged.class);
        event.require(change.memberId(), "memberId");
        event.require(change.toStatus(), "toStatus");
        profiles.findByIdOptional(change.memberId())
                .filter(profile -> change.version() > profile.sourceVersion && !profile.isErased())
                .ifPresent(profile -> {
                    profile.status = change.toStatus();
                    update(profile, change.version(), event.time());
                    if (MemberStatus.NO_LONGER_ACTIVE.contains(change.toStatus())) {
                        registrations.releaseMembersOnlyPlacesOf(profile);
                    }
                });
    }

    /** The link leaves the member's version as it was; a profile not seen yet gets it with MemberJoined. */
    private void applyLink(IncomingCloudEvent event) {
        MemberAccountLinked link = event.dataAs(MemberAccountLinked.class);
        event.require(link.memberId(), "memberId");
        event.require(link.accountSubject(), "accountSubject");
        profiles.findByIdOptional(link.memberId())
                .filter(profile -> !profile.isErased())
                .ifPresent(profile -> {
                    profile.accountSubject = link.accountSubject();
                    profile.updatedAt = event.time();
                });
    }

    private void applyErasure(IncomingCloudEvent event) {
        MemberErased erased = event.dataAs(MemberErased.class);
        event.require(erased.memberId(), "memberId");
        erase(erased.memberId(), erased.version(), event.time());
    }

    private void erase(UUID memberId, long version, Instant at) {
        MemberProfile profile = profiles.findByIdOptional(memberId).orElseGet(() -> newProfile(memberId));
        if (profile.isErased()) {
            return;
        }
        registrations.releasePlacesOf(profile);
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
