package org.proud2bops.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.asRegionalClient;
import static org.proud2bops.events.EventsTestData.asSomeoneWith;
import static org.proud2bops.events.EventsTestData.guest;
import static org.proud2bops.events.EventsTestData.memberAttendee;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/**
 * Who may register whom and see or cancel which registration, through the API; the rules one by one are in
 * {@link RegistrationAccessTest}.
 */
@QuarkusTest
@WithPlatformInfrastructure
class RegistrationAccessApiTest {

    private static final String REGISTRATIONS = "/api/events/{eventId}/registrations";
    private static final String REGISTRATION = "/api/events/{eventId}/registrations/{registrationId}";
    private static final String CANCELLATION = "/api/events/{eventId}/registrations/{registrationId}/cancellation";
    private static final String OWN_REGISTRATIONS = "/api/events/me/registrations";

    @Test
    void aMemberSeesAndCancelsOnlyTheirOwnRegistrations() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        Person owner = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person other = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        String place = EventsTestData.registerThemself(owner, eventId).id().toString();

        owner.asThem().get(REGISTRATION, eventId, place).then().statusCode(200);
        other.asThem().get(REGISTRATION, eventId, place).then().spec(problem(ProblemType.NOT_FOUND));
        other.asThem().post(CANCELLATION, eventId, place).then().statusCode(404);
        other.asThem().get(OWN_REGISTRATIONS).then().statusCode(200).body("items.id", not(hasItem(place)));
        other.asThem().get(REGISTRATIONS, eventId).then().statusCode(403);
        RegistrationResponse stillHeld = owner.asThem()
                .get(REGISTRATION, eventId, place)
                .then()
                .extract()
                .as(RegistrationResponse.class);
        assertThat(stillHeld.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void aMemberRegistersNobodyButThemself() {
        String eventId = EventsTestData.publishedEvent(null, 10);
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person someoneElse = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);

        member.asThem()
                .body(memberAttendee(someoneElse))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        member.asThem()
                .body(guest("Friend Guest"))
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(403);
        member.asThem()
                .body(memberAttendee(member))
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(201);
    }

    @Test
    void someoneWithoutALinkedMembershipCannotRegisterAndHasNoRegistrations() {
        String eventId = EventsTestData.publishedEvent(null, 10);

        asSomeoneWith("member").post(REGISTRATIONS, eventId).then().spec(problem(ProblemType.FORBIDDEN));
        asSomeoneWith("member").get(OWN_REGISTRATIONS).then().statusCode(200).body("totalItems", equalTo(0));
        anonymous()
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        asSomeoneWith("content-editor").post(REGISTRATIONS, eventId).then().statusCode(403);
    }

    @Test
    void aRegionalClientRegistersForItsOwnRegionsEventsOnly() {
        String londonEvent = EventsTestData.publishedEvent(Region.LONDON, 10);
        String northWestEvent = EventsTestData.publishedEvent(Region.NORTH_WEST, 10);
        String nationalEvent = EventsTestData.publishedEvent(null, 10);
        Person londoner = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person northWesterner = EventsTestData.member(Region.NORTH_WEST, MemberStatus.ACTIVE);

        RegistrationResponse guestOfLondon =
                EventsTestData.register(asRegionalClient(Region.LONDON), londonEvent, guest("Guest Of London"));
        assertThat(guestOfLondon.registeredAs()).isEqualTo(Registrant.REGIONAL_NETWORK);
        EventsTestData.register(asRegionalClient(Region.LONDON), londonEvent, memberAttendee(londoner));
        asRegionalClient(Region.LONDON)
                .body(memberAttendee(northWesterner))
                .post(REGISTRATIONS, londonEvent)
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
        asRegionalClient(Region.LONDON)
                .body(guest("Guest Elsewhere"))
                .post(REGISTRATIONS, northWestEvent)
                .then()
                .spec(problem(ProblemType.FORBIDDEN));
        asRegionalClient(Region.LONDON)
                .body(guest("Guest National"))
                .post(REGISTRATIONS, nationalEvent)
                .then()
                .statusCode(403);

        asRegionalClient(Region.LONDON)
                .get(REGISTRATIONS, londonEvent)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        asRegionalClient(Region.LONDON)
                .get(REGISTRATIONS, northWestEvent)
                .then()
                .statusCode(403);
    }

    @Test
    void aRegionalClientCannotSeeOrCancelAnotherRegionsRegistrations() {
        String northWestEvent = EventsTestData.publishedEvent(Region.NORTH_WEST, 10);
        String place = EventsTestData.register(
                        asRegionalClient(Region.NORTH_WEST), northWestEvent, guest("North West Guest"))
                .id()
                .toString();

        asRegionalClient(Region.LONDON)
                .get(REGISTRATION, northWestEvent, place)
                .then()
                .statusCode(404);
        asRegionalClient(Region.LONDON)
                .post(CANCELLATION, northWestEvent, place)
                .then()
                .statusCode(404);
        asRegionalClient(Region.NORTH_WEST)
                .get(REGISTRATION, northWestEvent, place)
                .then()
                .statusCode(200);
        asEventsAdmin()
                .get(REGISTRATION, northWestEvent, place)
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aRegionalClientLearnsNothingOfAMemberOfItsRegionWhoIsNoLongerActive() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);
        Person lapsed = EventsTestData.member(Region.LONDON, MemberStatus.LAPSED);

        asRegionalClient(Region.LONDON)
                .body(memberAttendee(lapsed))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
    }

    @Test
    void aRegionalClientNeitherNamesNorSeesAMemberOfItsRegionWhoIsNotInTheDirectory() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);
        Person privateMember = EventsTestData.memberNotInDirectory(Region.LONDON);
        RegistrationResponse place = EventsTestData.register(asEventsAdmin(), eventId, memberAttendee(privateMember));

        asRegionalClient(Region.LONDON)
                .body(memberAttendee(privateMember))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
        List<RegistrationResponse> seenByTheRegion = asRegionalClient(Region.LONDON)
                .get(REGISTRATIONS, eventId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items", RegistrationResponse.class);
        assertThat(seenByTheRegion)
                .filteredOn(seen -> seen.id().equals(place.id()))
                .singleElement()
                .satisfies(seen -> {
                    assertThat(seen.attendeeName()).isEqualTo("A member who is not in the directory");
                    assertThat(seen.memberId()).isNull();
                });
        RegistrationResponse seenByAnAdmin = asEventsAdmin()
                .get(REGISTRATION, eventId, place.id())
                .then()
                .statusCode(200)
                .extract()
                .as(RegistrationResponse.class);
        assertThat(seenByAnAdmin.memberId()).isEqualTo(privateMember.memberId());
    }
}
