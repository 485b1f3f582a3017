package org.proud2bops.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.proud2bops.events.domain.MemberProfile;
import org.proud2bops.events.domain.MemberProfileRepository;
import org.proud2bops.events.messaging.MemberSnapshot;
import org.proud2bops.platform.inbox.IncomingCloudEvent;
import org.proud2bops.platform.inbox.MalformedEventException;
import org.proud2bops.platform.inbox.ProcessedEvents;

/** Keeps {@link MemberProfile} rows in step with the members service, applying each event exactly once. */
@ApplicationScoped
public class MemberProfileProjection {

    static final String CONSUMER = "events-service.member-profiles";
    private static final Set<String> SNAPSHOT_TYPES = Set.of(
            "org.proud2bops.members.MemberJoined", "org.proud2bops.members.MemberUpdated");

    private final MemberProfileRepository profiles;
    private final ProcessedEvents processedEvents;

    public MemberProfileProjection(MemberProfileRepository profiles, ProcessedEvents processedEvents) {
        this.profiles = profiles;
        this.processedEvents = processedEvents;
    }

    @Transactional
    public void apply(IncomingCloudEvent event) {
        if (!SNAPSHOT_TYPES.contains(event.type()) || !processedEvents.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        MemberSnapshot snapshot = event.dataAs(MemberSnapshot.class);
        if (snapshot.memberId() == null || snapshot.displayName() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " lacks memberId or displayName", null);
        }
        MemberProfile profile = profiles.findByIdOptional(snapshot.memberId()).orElseGet(() -> {
            MemberProfile created = new MemberProfile();
            created.memberId = snapshot.memberId();
            created.sourceVersion = -1;
            return created;
        });
        if (snapshot.version() <= profile.sourceVersion) {
            return;
        }
        profile.displayName = snapshot.displayName();
        profile.region = snapshot.region();
        profile.status = snapshot.status();
        profile.sourceVersion = snapshot.version();
        profile.updatedAt = event.time();
        profiles.persist(profile);
    }
}
