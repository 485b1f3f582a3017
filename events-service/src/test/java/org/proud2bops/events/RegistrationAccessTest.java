package org.proud2bops.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.asRegionalClient;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.ProblemSpecs;
import org.proud2bops.platform.testing.TestTokens;

@QuarkusTest
class RegistrationAccessTest {

    @Test
    void aMemberSeesAndCancelsOnlyTheirOwnRegistrations() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        Person owner = EventsTestData.member("LONDON", "ACTIVE");
        Person other = EventsTestData.member("LONDON", "ACTIVE");
        String place = owner.asThem()
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        owner.asThem()
                .get("/api/events/" + eventId + "/registrations/" + place)
                .then()
                .statusCode(200);
        other.asThem()
                .get("/api/events/" + eventId + "/registrations/" + place)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        other.asThem()
                .post("/api/events/" + eventId + "/registrations/" + place + "/cancellation")
                .then()
                .statusCode(404);
        other.asThem()
                .get("/api/events/me/registrations")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(place)));
        other.asThem().get("/api/events/" + eventId + "/registrations").then().statusCode(403);
        owner.asThem()
                .get("/api/events/" + eventId + "/registrations/" + place)
                .then()
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aMemberRegistersNobodyButThemself() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        Person member = EventsTestData.member("LONDON", "ACTIVE");
        Person someoneElse = EventsTestData.member("LONDON", "ACTIVE");

        member.asThem()
                .body(Map.of("memberId", someoneElse.memberId()))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        member.asThem()
                .body(EventsTestData.guest("Friend Guest"))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(403);
        member.asThem()
                .body(Map.of("memberId", member.memberId()))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201);
    }

    @Test
    void someoneWithoutALinkedMembershipCannotRegisterAndHasNoRegistrations() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        String stranger = TestTokens.bearer("not-yet-linked", "member");

        EventsTestData.as(stranger)
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        EventsTestData.as(stranger)
                .get("/api/events/me/registrations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().contentType(ContentType.JSON)
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        EventsTestData.as(TestTokens.bearer("editor", "content-editor"))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(403);
    }

    @Test
    void aRegionalClientRegistersForItsOwnRegionsEventsOnly() {
        String londonEvent = EventsTestData.publishedEvent("LONDON", 10);
        String northWestEvent = EventsTestData.publishedEvent("NORTH_WEST", 10);
        String nationalEvent = EventsTestData.publishedEvent(null, 10);
        Person londoner = EventsTestData.member("LONDON", "ACTIVE");
        Person northWesterner = EventsTestData.member("NORTH_WEST", "ACTIVE");

        asRegionalClient("LONDON")
                .body(EventsTestData.guest("Guest Of London"))
                .post("/api/events/" + londonEvent + "/registrations")
                .then()
                .statusCode(201)
                .body("registeredAs", equalTo("REGIONAL_NETWORK"));
        asRegionalClient("LONDON")
                .body(Map.of("memberId", londoner.memberId()))
                .post("/api/events/" + londonEvent + "/registrations")
                .then()
                .statusCode(201);
        asRegionalClient("LONDON")
                .body(Map.of("memberId", northWesterner.memberId()))
                .post("/api/events/" + londonEvent + "/registrations")
                .then()
                .statusCode(404);
        asRegionalClient("LONDON")
                .body(EventsTestData.guest("Guest Elsewhere"))
                .post("/api/events/" + northWestEvent + "/registrations")
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        asRegionalClient("LONDON")
                .body(EventsTestData.guest("Guest National"))
                .post("/api/events/" + nationalEvent + "/registrations")
                .then()
                .statusCode(403);

        asRegionalClient("LONDON")
                .get("/api/events/" + londonEvent + "/registrations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        asRegionalClient("LONDON")
                .get("/api/events/" + northWestEvent + "/registrations")
                .then()
                .statusCode(403);
    }

    @Test
    void aRegionalClientCannotSeeOrCancelAnotherRegionsRegistrations() {
        String northWestEvent = EventsTestData.publishedEvent("NORTH_WEST", 10);
        String place = asRegionalClient("NORTH_WEST")
                .body(EventsTestData.guest("North West Guest"))
                .post("/api/events/" + northWestEvent + "/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        asRegionalClient("LONDON")
                .get("/api/events/" + northWestEvent + "/registrations/" + place)
                .then()
                .statusCode(404);
        asRegionalClient("LONDON")
                .post("/api/events/" + northWestEvent + "/registrations/" + place + "/cancellation")
                .then()
                .statusCode(404);
        asRegionalClient("NORTH_WEST")
                .get("/api/events/" + northWestEvent + "/registrations/" + place)
                .then()
                .statusCode(200);
        asEventsAdmin()
                .get("/api/events/" + northWestEvent + "/registrations/" + place)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aRegionalClientLearnsNothingOfAMemberOfItsRegionWhoIsNoLongerActive() {
        String eventId = EventsTestData.publishedEvent("LONDON", 10);
        Person lapsed = EventsTestData.member("LONDON", "LAPSED");

        EventsTestData.asRegionalClient("LONDON")
                .body(Map.of("memberId", lapsed.memberId()))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .spec(ProblemSpecs.problem(ProblemType.NOT_FOUND));
    }

    @Test
    void aRegionalClientNeitherNamesNorSeesAMemberOfItsRegionWhoIsNotInTheDirectory() {
        String eventId = EventsTestData.publishedEvent("LONDON", 10);
        Person privateMember = EventsTestData.memberNotInDirectory("LONDON");
        String place = asEventsAdmin()
                .body(Map.of("memberId", privateMember.memberId()))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        asRegionalClient("LONDON")
                .body(Map.of("memberId", privateMember.memberId()))
                .post("/api/events/" + eventId + "/registrations")
                .then()
                .spec(ProblemSpecs.problem(ProblemType.NOT_FOUND));
        asRegionalClient("LONDON")
                .get("/api/events/" + eventId + "/registrations")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.id == '" + place + "' }.attendeeName",
                        equalTo("A member who is not in the directory"))
                .body("items.find { it.id == '" + place + "' }.memberId", org.hamcrest.Matchers.nullValue());
        asEventsAdmin()
                .get("/api/events/" + eventId + "/registrations/" + place)
                .then()
                .statusCode(200)
                .body("memberId", equalTo(privateMember.memberId().toString()));
    }
}
