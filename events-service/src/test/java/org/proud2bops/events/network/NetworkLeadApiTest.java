package org.proud2bops.events.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.event.EventResponse;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.events.registration.Registrant;
import org.proud2bops.events.registration.RegistrationResponse;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.ProblemSpecs;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/**
 * Events' hosting networks (a network this service knows, whose region the event takes) and what a network lead does
 * with their own network's events: create and change them, see and export their attendees, work their desk; and that
 * they do nothing of the kind for another network's events.
 */
@QuarkusTest
@WithPlatformInfrastructure
class NetworkLeadApiTest {

    private static final String EVENT = "/api/events/{eventId}";
    private static final String REGISTRATIONS = "/api/events/{eventId}/registrations";

    @Test
    void anUnknownHostNetworkIsRefusedAndNothingIsCreated() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        String title = (String) body.get("title");
        body.put("hostNetwork", "no-such-network");

        asEventsAdmin()
                .body(body)
                .post("/api/events")
                .then()
                .spec(ProblemSpecs.problem(ProblemType.UNKNOWN_NETWORK))
                .body("field", equalTo("hostNetwork"));
        asEventsAdmin()
                .queryParam("size", 100)
                .get("/api/events")
                .then()
                .statusCode(200)
                .body("items.title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(title)));
    }

    @Test
    void theEventTakesItsHostsRegionAndARegionThatDisagreesIsRefused() {
        Map<String, Object> body = EventsTestData.event(null, 10);
        body.put("hostNetwork", "north-west");
        EventResponse created = asEventsAdmin()
                .body(body)
                .post("/api/events")
                .then()
                .statusCode(201)
                .extract()
                .as(EventResponse.class);
        assertThat(created.region()).isEqualTo(Region.NORTH_WEST);
        assertThat(created.hostNetworkName()).isEqualTo("Proud2bOps North West");

        Map<String, Object> national = EventsTestData.event(null, 10);
        national.put("hostNetwork", "national");
        national.put("region", "LONDON");
        asEventsAdmin()
                .body(national)
                .post("/api/events")
                .then()
                .spec(ProblemSpecs.problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("region"));
        national.remove("region");
        EventResponse nationalEvent = asEventsAdmin()
                .body(national)
                .post("/api/events")
                .then()
                .statusCode(201)
                .extract()
                .as(EventResponse.class);
        assertThat(nationalEvent.region())
                .as("the national network's events have no region")
                .isNull();
        assertThat(nationalEvent.hostNetworkName()).isEqualTo("Proud2bOps");
    }

    @Test
    void aLeadCreatesAndChangesTheirNetworksEventsOnly() {
        Person lead = EventsTestData.leadOf("london");

        Map<String, Object> draft = EventsTestData.event(Region.LONDON, 25);
        draft.put("status", "DRAFT");
        var creation = lead.asLead()
                .body(draft)
                .post("/api/events")
                .then()
                .statusCode(201)
                .extract();
        EventResponse created = creation.as(EventResponse.class);
        assertThat(created.hostNetwork()).isEqualTo("london");
        lead.asLead()
                .body(EventsTestData.event(Region.NORTH_WEST, 25))
                .post("/api/events")
                .then()
                .spec(ProblemSpecs.problem(ProblemType.FORBIDDEN));
        lead.asLead()
                .body(EventsTestData.event(null, 25))
                .post("/api/events")
                .then()
                .spec(ProblemSpecs.problem(ProblemType.FORBIDDEN));

        Map<String, Object> change = EventsTestData.event(Region.LONDON, 30);
        change.put("status", "DRAFT");
        lead.asLead()
                .header("If-Match", creation.header("ETag"))
                .body(change)
                .put(EVENT, created.id())
                .then()
                .statusCode(200)
                .body("capacity", equalTo(30));
        lead.asLead().get(EVENT, created.id()).then().statusCode(200).body("status", equalTo("DRAFT"));
        // Moving it to a network they do not lead is refused, and changes nothing
        Map<String, Object> moved = EventsTestData.event(Region.NORTH_WEST, 30);
        String etag = lead.asLead().get(EVENT, created.id()).then().extract().header("ETag");
        lead.asLead()
                .header("If-Match", etag)
                .body(moved)
                .put(EVENT, created.id())
                .then()
                .spec(ProblemSpecs.problem(ProblemType.FORBIDDEN));
        asEventsAdmin().get(EVENT, created.id()).then().body("hostNetwork", equalTo("london"));

        String othersPublished = EventsTestData.publishedEvent(Region.NORTH_WEST, 10);
        String othersDraft = EventsTestData.draftEvent(Region.NORTH_WEST, 10);
        lead.asLead()
                .header("If-Match", "\"0\"")
                .body(EventsTestData.event(Region.NORTH_WEST, 10))
                .put(EVENT, othersPublished)
                .then()
                .spec(ProblemSpecs.problem(ProblemType.FORBIDDEN));
        lead.asLead()
                .header("If-Match", "\"0\"")
                .body(EventsTestData.event(Region.NORTH_WEST, 10))
                .put(EVENT, othersDraft)
                .then()
                .spec(ProblemSpecs.problem(ProblemType.NOT_FOUND));
        lead.asLead().get(EVENT, othersDraft).then().statusCode(404);
    }

    @Test
    void aLeadSeesRegistersExportsAndChecksInTheirNetworksAttendees() {
        Person lead = EventsTestData.leadOf("london");
        String eventId = EventsTestData.londonEventStartingSoon();
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse place =
                EventsTestData.register(lead.asLead(), eventId, EventsTestData.memberAttendee(member));
        assertThat(place.registeredAs()).isEqualTo(Registrant.NETWORK_LEAD);

        lead.asLead().get(REGISTRATIONS, eventId).then().statusCode(200).body("totalItems", equalTo(1));
        lead.asLead()
                .get("/api/events/{eventId}/registrations/export", eventId)
                .then()
                .statusCode(200)
                .body(containsString(place.id().toString()));
        lead.asLead()
                .body(Map.of("code", place.checkInCode()))
                .post("/api/events/{eventId}/check-ins", eventId)
                .then()
                .statusCode(200)
                .body("outcome", equalTo("CHECKED_IN"));
        lead.asLead()
                .get("/api/events/{eventId}/attendance", eventId)
                .then()
                .statusCode(200)
                .body("checkedIn", equalTo(1));
    }

    @Test
    void aLeadDoesNothingForAnotherNetworksEvents() {
        Person lead = EventsTestData.leadOf("london");
        String published = EventsTestData.publishedEvent(Region.NORTH_WEST, 10);
        String draft = EventsTestData.draftEvent(Region.NORTH_WEST, 10);
        Person member = EventsTestData.member(Region.NORTH_WEST, MemberStatus.ACTIVE);

        lead.asLead().get(REGISTRATIONS, published).then().spec(ProblemSpecs.problem(ProblemType.FORBIDDEN));
        lead.asLead().get(REGISTRATIONS, draft).then().spec(ProblemSpecs.problem(ProblemType.NOT_FOUND));
        lead.asLead()
                .get("/api/events/{eventId}/registrations/export", published)
                .then()
                .spec(ProblemSpecs.problem(ProblemType.FORBIDDEN));
        lead.asLead()
                .get("/api/events/{eventId}/attendance", published)
                .then()
                .spec(ProblemSpecs.problem(ProblemType.FORBIDDEN));
        lead.asLead()
                .get("/api/events/{eventId}/attendance", draft)
                .then()
                .spec(ProblemSpecs.problem(ProblemType.NOT_FOUND));
        lead.asLead()
                .body(EventsTestData.memberAttendee(member))
                .post(REGISTRATIONS, published)
                .then()
                .spec(ProblemSpecs.problem(ProblemType.FORBIDDEN));
        asEventsAdmin().get(REGISTRATIONS, published).then().body("totalItems", equalTo(0));
    }

    @Test
    void theLeadRoleWithoutALeadFactManagesNothing() {
        Person notALead = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);

        notALead.asLead()
                .body(EventsTestData.event(Region.LONDON, 10))
                .post("/api/events")
                .then()
                .spec(ProblemSpecs.problem(ProblemType.FORBIDDEN));
        notALead.asLead().get(REGISTRATIONS, eventId).then().spec(ProblemSpecs.problem(ProblemType.FORBIDDEN));
        assertThat(UUID.fromString(eventId)).isNotNull();
    }
}
