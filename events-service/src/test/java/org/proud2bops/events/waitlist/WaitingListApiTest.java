package org.proud2bops.events.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.asRegionalClient;
import static org.proud2bops.events.EventsTestData.guest;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.events.registration.RegistrationResponse;
import org.proud2bops.events.registration.RegistrationStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class WaitingListApiTest {

    private static final String EVENT = "/api/events/{eventId}";
    private static final String REGISTRATIONS = "/api/events/{eventId}/registrations";
    private static final String REGISTRATION = "/api/events/{eventId}/registrations/{registrationId}";
    private static final String CANCELLATION = "/api/events/{eventId}/registrations/{registrationId}/cancellation";
    private static final String OWN_REGISTRATIONS = "/api/events/me/registrations";

    @Test
    void aFullEventWaitlistsInTheOrderPeopleCameAndHoldsThemNoPlace() {
        String eventId = EventsTestData.publishedEvent(Region.NORTH_WEST, 1);
        RegistrationResponse confirmed = EventsTestData.register(asEventsAdmin(), eventId, guest("First Guest"));
        Person member = EventsTestData.member(Region.NORTH_WEST, MemberStatus.ACTIVE);

        RegistrationResponse second = EventsTestData.registerThemself(member, eventId);
        RegistrationResponse third =
                EventsTestData.register(asRegionalClient(Region.NORTH_WEST), eventId, guest("Regional Guest"));
        RegistrationResponse fourth =
                EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.memberAttendee(otherMember()));

        assertThat(confirmed.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(confirmed.position()).isNull();
        assertThat(List.of(second, third, fourth))
                .extracting(RegistrationResponse::status, RegistrationResponse::position)
                .containsExactly(
                        tuple(RegistrationStatus.WAITLISTED, 1),
                        tuple(RegistrationStatus.WAITLISTED, 2),
                        tuple(RegistrationStatus.WAITLISTED, 3));
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(0));
        // Waiting for a place is a registration: nobody waits twice, nor waits while holding a place
        member.asThem().post(REGISTRATIONS, eventId).then().spec(problem(ProblemType.ALREADY_REGISTERED));
        asEventsAdmin()
                .body(guest("First Guest"))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(problem(ProblemType.ALREADY_REGISTERED));

        assertThat(listed(asEventsAdmin().queryParam("status", "WAITLISTED"), eventId))
                .extracting(RegistrationResponse::id, RegistrationResponse::position)
                .containsExactly(tuple(second.id(), 1), tuple(third.id(), 2), tuple(fourth.id(), 3));
        assertThat(listed(asEventsAdmin(), eventId))
                .extracting(RegistrationResponse::id)
                .containsExactly(confirmed.id(), second.id(), third.id(), fourth.id());
        assertThat(listed(asEventsAdmin().queryParam("status", "CONFIRMED"), eventId))
                .extracting(RegistrationResponse::id)
                .containsExactly(confirmed.id());
        assertThat(listed(asRegionalClient(Region.NORTH_WEST).queryParam("status", "WAITLISTED"), eventId))
                .hasSize(3);
        RegistrationResponse own = JsonPath.from(member.asThem()
                        .get(OWN_REGISTRATIONS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .getList("items", RegistrationResponse.class)
                .stream()
                .filter(r -> r.id().equals(second.id()))
                .findFirst()
                .orElseThrow();
        assertThat(own.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(own.position()).isEqualTo(1);
        assertThat(registration(member.asThem(), eventId, second.id()).position())
                .isEqualTo(1);
    }

    @Test
    void cancellingAConfirmedPlacePromotesTheFirstInLineAndPublishesIt() {
        String eventId = EventsTestData.publishedEvent(null, 1);
        RegistrationResponse confirmed = EventsTestData.register(asEventsAdmin(), eventId, guest("Leaving Guest"));
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse firstInLine = EventsTestData.registerThemself(member, eventId);
        RegistrationResponse secondInLine = EventsTestData.register(asEventsAdmin(), eventId, guest("Patient Guest"));

        RegistrationResponse cancelled = asEventsAdmin()
                .post(CANCELLATION, eventId, confirmed.id())
                .then()
                .statusCode(200)
                .extract()
                .as(RegistrationResponse.class);

        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        RegistrationResponse promoted = registration(member.asThem(), eventId, firstInLine.id());
        assertThat(promoted.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(promoted.position()).isNull();
        assertThat(registration(asEventsAdmin(), eventId, secondInLine.id()))
                .extracting(RegistrationResponse::status, RegistrationResponse::position)
                .containsExactly(RegistrationStatus.WAITLISTED, 1);
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(0));

        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.REGISTRATION_TOPIC,
                r -> eventId.equals(r.key()),
                5,
                Duration.ofSeconds(20));
        assertThat(records)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(
                        "org.proud2bops.events.RegistrationConfirmed",
                        "org.proud2bops.events.RegistrationWaitlisted",
                        "org.proud2bops.events.RegistrationWaitlisted",
                        "org.proud2bops.events.RegistrationCancelled",
                        "org.proud2bops.events.WaitlistPromoted");
        JsonPath waitlisted = JsonPath.from(records.get(1).value());
        assertThat(waitlisted.getString("registrationId"))
                .isEqualTo(firstInLine.id().toString());
        assertThat(waitlisted.getString("memberId")).isEqualTo(member.memberId().toString());
        assertThat(waitlisted.getInt("position")).isEqualTo(1);
        assertThat(JsonPath.from(records.get(2).value()).getInt("position")).isEqualTo(2);
        assertThat(records.get(2).value()).doesNotContain("Patient").doesNotContain("@trust.example");
        JsonPath cancellation = JsonPath.from(records.get(3).value());
        assertThat(cancellation.getString("previousStatus")).isEqualTo("CONFIRMED");
        JsonPath promotion = JsonPath.from(records.get(4).value());
        assertThat(promotion.getString("registrationId"))
                .isEqualTo(firstInLine.id().toString());
        assertThat(promotion.getString("memberId")).isEqualTo(member.memberId().toString());
        assertThat(promotion.getInt("placesLeft")).isZero();
        assertThat(promotion.getString("promotedAt")).isNotBlank();
    }

    @Test
    void raisingTheCapacityByTwoPromotesTheFirstTwoInLine() {
        Map<String, Object> body = EventsTestData.event(null, 1);
        String eventId = EventsTestData.createEvent(body);
        EventsTestData.register(asEventsAdmin(), eventId, guest("Seated Guest"));
        List<RegistrationResponse> line = List.of(
                EventsTestData.register(asEventsAdmin(), eventId, guest("Line One")),
                EventsTestData.register(asEventsAdmin(), eventId, guest("Line Two")),
                EventsTestData.register(asEventsAdmin(), eventId, guest("Line Three")));
        String etag = asEventsAdmin().get(EVENT, eventId).then().extract().header("ETag");

        body.put("capacity", 3);
        asEventsAdmin()
                .header("If-Match", etag)
                .body(body)
                .put(EVENT, eventId)
                .then()
                .statusCode(200)
                .body("placesLeft", equalTo(0));

        assertThat(line)
                .extracting(r -> registration(asEventsAdmin(), eventId, r.id()))
                .extracting(RegistrationResponse::status, RegistrationResponse::position)
                .containsExactly(
                        tuple(RegistrationStatus.CONFIRMED, null),
                        tuple(RegistrationStatus.CONFIRMED, null),
                        tuple(RegistrationStatus.WAITLISTED, 1));
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(0));
        List<ConsumerRecord<String, String>> promotions = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.REGISTRATION_TOPIC,
                r -> eventId.equals(r.key())
                        && "org.proud2bops.events.WaitlistPromoted".equals(KafkaTestClient.header(r, "ce_type")),
                2,
                Duration.ofSeconds(20));
        assertThat(promotions)
                .extracting(r -> JsonPath.from(r.value()).getString("registrationId"))
                .containsExactly(line.get(0).id().toString(), line.get(1).id().toString());
    }

    @Test
    void leavingTheListFreesNoPlaceAndMovesThoseBehindUp() {
        String eventId = EventsTestData.publishedEvent(null, 1);
        RegistrationResponse seated = EventsTestData.register(asEventsAdmin(), eventId, guest("Seated Guest"));
        Person leaving = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse leaver = EventsTestData.registerThemself(leaving, eventId);
        RegistrationResponse second = EventsTestData.register(asEventsAdmin(), eventId, guest("Second Guest"));
        RegistrationResponse third = EventsTestData.register(asEventsAdmin(), eventId, guest("Third Guest"));

        RegistrationResponse left = leaving.asThem()
                .post(CANCELLATION, eventId, leaver.id())
                .then()
                .statusCode(200)
                .extract()
                .as(RegistrationResponse.class);

        assertThat(left.status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(left.position()).isNull();
        assertThat(registration(asEventsAdmin(), eventId, seated.id()).status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(0));
        assertThat(listed(asEventsAdmin().queryParam("status", "WAITLISTED"), eventId))
                .extracting(RegistrationResponse::id, RegistrationResponse::position)
                .containsExactly(tuple(second.id(), 1), tuple(third.id(), 2));
        leaving.asThem()
                .post(CANCELLATION, eventId, leaver.id())
                .then()
                .spec(problem(ProblemType.TRANSITION_NOT_ALLOWED));
        assertThat(listed(asEventsAdmin().queryParam("includeCancelled", true), eventId))
                .extracting(RegistrationResponse::id)
                .contains(leaver.id());
        assertThat(listed(asEventsAdmin(), eventId))
                .extracting(RegistrationResponse::id)
                .doesNotContain(leaver.id());

        // Joining again is a new registration, at the end of the line
        RegistrationResponse again = EventsTestData.registerThemself(leaving, eventId);
        assertThat(again.position()).isEqualTo(3);
        // The line as published: leaving freed no place, so nobody was promoted before the rejoin
        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.REGISTRATION_TOPIC,
                r -> eventId.equals(r.key()),
                6,
                Duration.ofSeconds(20));
        assertThat(records)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(
                        "org.proud2bops.events.RegistrationConfirmed",
                        "org.proud2bops.events.RegistrationWaitlisted",
                        "org.proud2bops.events.RegistrationWaitlisted",
                        "org.proud2bops.events.RegistrationWaitlisted",
                        "org.proud2bops.events.RegistrationCancelled",
                        "org.proud2bops.events.RegistrationWaitlisted");
        JsonPath cancellation = JsonPath.from(records.get(4).value());
        assertThat(cancellation.getString("previousStatus")).isEqualTo("WAITLISTED");
        assertThat(cancellation.getInt("placesLeft")).isZero();
    }

    @Test
    void anErasedMemberLeavesTheListAndTheirPlaceGoesToTheNextInLine() {
        String eventId = EventsTestData.publishedEvent(null, 1);
        Person seated = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person waiting = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse place = EventsTestData.registerThemself(seated, eventId);
        RegistrationResponse waitingPlace = EventsTestData.registerThemself(waiting, eventId);
        RegistrationResponse guestInLine = EventsTestData.register(asEventsAdmin(), eventId, guest("Next Guest"));

        EventsTestData.publishErased(waiting.memberId(), 9);
        awaitStatus(eventId, waitingPlace.id(), RegistrationStatus.CANCELLED);
        assertThat(registration(asEventsAdmin(), eventId, guestInLine.id()))
                .extracting(RegistrationResponse::status, RegistrationResponse::position)
                .containsExactly(RegistrationStatus.WAITLISTED, 1);
        assertThat(registration(asEventsAdmin(), eventId, place.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);

        EventsTestData.publishErased(seated.memberId(), 9);
        awaitStatus(eventId, place.id(), RegistrationStatus.CANCELLED);
        assertThat(registration(asEventsAdmin(), eventId, guestInLine.id()).status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(0));
    }

    @Test
    void placesFreedWhileOthersRegisterGoToThoseAlreadyInLine() throws Exception {
        int capacity = 3;
        String eventId = EventsTestData.publishedEvent(null, capacity);
        List<RegistrationResponse> seated = IntStream.range(0, capacity)
                .mapToObj(i -> EventsTestData.register(asEventsAdmin(), eventId, guest("Seated " + i)))
                .toList();
        List<RegistrationResponse> waiting = IntStream.range(0, capacity)
                .mapToObj(i -> EventsTestData.register(asEventsAdmin(), eventId, guest("Waiting " + i)))
                .toList();
        List<Callable<Integer>> calls = new ArrayList<>();
        seated.forEach(place -> calls.add(
                () -> asEventsAdmin().post(CANCELLATION, eventId, place.id()).statusCode()));
        IntStream.range(0, 6)
                .forEach(i -> calls.add(() -> asEventsAdmin()
                        .body(guest("Newcomer " + i))
                        .post(REGISTRATIONS, eventId)
                        .statusCode()));

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> outcome : pool.invokeAll(calls)) {
                statuses.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses.subList(0, capacity)).containsOnly(200);
        assertThat(statuses.subList(capacity, statuses.size())).containsOnly(201);
        List<RegistrationResponse> live = listed(asEventsAdmin(), eventId);
        assertThat(live)
                .filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED)
                .extracting(RegistrationResponse::id)
                .containsExactlyInAnyOrderElementsOf(
                        waiting.stream().map(RegistrationResponse::id).toList());
        assertThat(live)
                .filteredOn(r -> r.status() == RegistrationStatus.WAITLISTED)
                .extracting(RegistrationResponse::position)
                .containsExactly(1, 2, 3, 4, 5, 6);
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(0));
    }

    private static Person otherMember() {
        return EventsTestData.member(Region.NORTH_WEST, MemberStatus.ACTIVE);
    }

    private static void awaitStatus(String eventId, UUID registrationId, RegistrationStatus status) {
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        registration(asEventsAdmin(), eventId, registrationId).status() == status);
    }

    private static RegistrationResponse registration(RequestSpecification caller, String eventId, UUID id) {
        return caller.get(REGISTRATION, eventId, id)
                .then()
                .statusCode(200)
                .extract()
                .as(RegistrationResponse.class);
    }

    private static List<RegistrationResponse> listed(RequestSpecification caller, String eventId) {
        return caller.queryParam("size", 100)
                .get(REGISTRATIONS, eventId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items", RegistrationResponse.class);
    }
}
