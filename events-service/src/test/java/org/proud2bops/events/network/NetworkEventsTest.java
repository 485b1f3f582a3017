package org.proud2bops.events.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.proud2bops.events.EventsTestData.NETWORK_DEAD_LETTERS;
import static org.proud2bops.events.EventsTestData.membershipChanged;
import static org.proud2bops.events.EventsTestData.networkCreated;
import static org.proud2bops.events.EventsTestData.publishNetworkEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.event.EventResponse;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** The networks and their leads this service keeps from the members service's facts on {@code members.network.v1}. */
@QuarkusTest
@WithPlatformInfrastructure
class NetworkEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    NetworkRepository networks;

    @Inject
    NetworkLeadRepository leads;

    @Test
    void aCreatedNetworkHostsEventsAndGivesThemItsRegionAndName() {
        String slug = "p2b-at-rj" + shortId();
        publishNetworkEvent(
                UUID.randomUUID().toString(),
                "NetworkCreated",
                slug,
                networkCreated(slug, "Proud2bOps at Guy's and St Thomas'", "TRUST", Region.LONDON));
        awaitNetwork(slug);

        Map<String, Object> body = EventsTestData.event(null, 40);
        body.put("hostNetwork", slug);
        EventResponse created = EventsTestData.asEventsAdmin()
                .body(body)
                .post("/api/events")
                .then()
                .statusCode(201)
                .extract()
                .as(EventResponse.class);

        assertThat(created.hostNetwork()).isEqualTo(slug);
        assertThat(created.hostNetworkName()).isEqualTo("Proud2bOps at Guy's and St Thomas'");
        assertThat(created.region()).as("the hosting network's region").isEqualTo(Region.LONDON);
    }

    @Test
    void aRedeliveredFactChangesNothing() {
        String slug = "trust-" + shortId();
        String factId = UUID.randomUUID().toString();
        publishNetworkEvent(
                factId, "NetworkCreated", slug, networkCreated(slug, "First Name", "TRUST", Region.MIDLANDS));
        awaitNetwork(slug);
        // A redelivery carries the same id; were it applied again, its (tampered) content would show
        publishNetworkEvent(factId, "NetworkCreated", slug, networkCreated(slug, "Tampered", "TRUST", Region.LONDON));
        awaitMarker();

        Network network = find(slug).orElseThrow();
        assertThat(network.name).isEqualTo("First Name");
        assertThat(network.region).isEqualTo(Region.MIDLANDS);
        assertThat(network.kind).isEqualTo(NetworkKind.TRUST);
    }

    @Test
    void aLeadAppointedManagesTheNetworksEventsUntilTheyStandDown() {
        Person lead = EventsTestData.member(Region.SOUTH_WEST, MemberStatus.ACTIVE);
        String appointed = UUID.randomUUID().toString();
        publishNetworkEvent(
                appointed,
                "NetworkMembershipChanged",
                "south-west",
                membershipChanged("south-west", lead.memberId(), "LEAD_APPOINTED", true));
        awaitLead(lead.memberId(), true);
        lead.asLead()
                .body(EventsTestData.event(Region.SOUTH_WEST, 30))
                .post("/api/events")
                .then()
                .statusCode(201);

        publishNetworkEvent(
                UUID.randomUUID().toString(),
                "NetworkMembershipChanged",
                "south-west",
                membershipChanged("south-west", lead.memberId(), "LEAD_STOOD_DOWN", false));
        awaitLead(lead.memberId(), false);
        // The appointment delivered again is not applied again: they stay stood down
        publishNetworkEvent(
                appointed,
                "NetworkMembershipChanged",
                "south-west",
                membershipChanged("south-west", lead.memberId(), "LEAD_APPOINTED", true));
        awaitMarker();

        assertThat(leadsOf(lead.memberId())).isEmpty();
        lead.asLead()
                .body(EventsTestData.event(Region.SOUTH_WEST, 30))
                .post("/api/events")
                .then()
                .statusCode(403);
    }

    @Test
    void aLeadWhoLeavesTheNetworkLeadsItNoMore() {
        Person lead = EventsTestData.member(Region.MIDLANDS, MemberStatus.ACTIVE);
        publishNetworkEvent(
                UUID.randomUUID().toString(),
                "NetworkMembershipChanged",
                "midlands",
                membershipChanged("midlands", lead.memberId(), "JOINED", true));
        awaitLead(lead.memberId(), true);
        publishNetworkEvent(
                UUID.randomUUID().toString(),
                "NetworkMembershipChanged",
                "midlands",
                membershipChanged("midlands", lead.memberId(), "LEFT", true));

        awaitLead(lead.memberId(), false);
    }

    @Test
    void aMalformedFactGoesToTheDeadLetterTopicAndTheNextIsStillApplied() {
        String badKey = "bad-" + shortId();
        publishNetworkEvent(UUID.randomUUID().toString(), "NetworkCreated", badKey, "{\"slug\":\"" + badKey + "\"}");
        String slug = "after-" + shortId();
        publishNetworkEvent(
                UUID.randomUUID().toString(), "NetworkCreated", slug, networkCreated(slug, "After", "NATIONAL", null));

        assertThat(awaitNetwork(slug).region).isNull();
        KafkaTestClient.awaitRecord(
                KafkaTestResource.bootstrapServers(), NETWORK_DEAD_LETTERS, r -> badKey.equals(r.key()), WAIT);
        assertThat(find(badKey)).isEmpty();
    }

    /** The topic is read in order: once a later network exists, every earlier fact was seen. */
    private void awaitMarker() {
        String marker = "marker-" + shortId();
        publishNetworkEvent(
                UUID.randomUUID().toString(),
                "NetworkCreated",
                marker,
                networkCreated(marker, "Marker", "TRUST", null));
        awaitNetwork(marker);
    }

    private Network awaitNetwork(String slug) {
        return await().atMost(WAIT).until(() -> find(slug), Optional::isPresent).orElseThrow();
    }

    private void awaitLead(UUID memberId, boolean leads) {
        await().atMost(WAIT).until(() -> leadsOf(memberId).isEmpty() != leads);
    }

    private Optional<Network> find(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> networks.findByIdOptional(slug));
    }

    private java.util.Set<String> leadsOf(UUID memberId) {
        return QuarkusTransaction.requiringNew().call(() -> leads.ledBy(memberId));
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
