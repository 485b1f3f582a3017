package org.proud2bops.events.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.asAdmin;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.asRegionalClient;
import static org.proud2bops.events.EventsTestData.guestErasureTokenOf;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.TestClock;
import org.proud2bops.events.checkin.DeskAttendeeResponse;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.events.registration.RegistrationResponse;
import org.proud2bops.events.registration.RegistrationStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.KafkaTestClient;
import org.proud2bops.platform.testing.KafkaTestResource;
import org.proud2bops.platform.testing.PersonalDataSweep;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** A guest's data erased, by the guest's own link or by an admin, leaves nothing of them and frees their place. */
@QuarkusTest
@WithPlatformInfrastructure
class GuestErasureApiTest {

    private static final String EVENT = "/api/events/{eventId}";
    private static final String REGISTRATIONS = "/api/events/{eventId}/registrations";
    private static final String REGISTRATION = "/api/events/{eventId}/registrations/{registrationId}";
    private static final String BY_TOKEN = "/api/events/guest-registrations/by-token/{token}";
    private static final String BY_REGISTRATION = "/api/events/{eventId}/registrations/{registrationId}/guest";
    private static final String BY_EMAIL = "/api/events/guest-erasures";
    private static final String EXPORT = "/api/events/{eventId}/registrations/export";
    private static final String DESK = "/api/events/{eventId}/check-ins/attendees";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** A guest nobody else in the tests is: name, email and organisation all unique. */
    record Guest(String name, String email, String organisation) {

        static Guest unique() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new Guest("Dr Ada Guest" + tag, "ada.guest" + tag + "@trust.example", "Guest Trust " + tag);
        }

        Map<String, Object> body() {
            return Map.of("guest", Map.of("name", name, "email", email, "organisation", organisation));
        }

        List<String> personalData() {
            return List.of(name, email, organisation);
        }
    }

    @Test
    void theGuestsLinkErasesThemFreesTheirPlaceForTheNextInLineAndLeavesNothingOfThem() throws SQLException {
        String eventId = EventsTestData.publishedEvent(null, 1);
        Guest guest = Guest.unique();
        RegistrationResponse registered = asEventsAdmin()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(guest.body())
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(201)
                .extract()
                .as(RegistrationResponse.class);
        Person waiting = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse inLine = EventsTestData.registerThemself(waiting, eventId);
        assertThat(inLine.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(registered.guestErasureLink())
                .startsWith("http")
                .contains("/api/events/guest-registrations/by-token/");
        String token = guestErasureTokenOf(registered);
        assertThat(token).hasSize(GuestErasureTokens.LENGTH);
        assertThat(mentionsAnywhere(guest.personalData())).isNotEmpty();
        assertThat(storedResponsesMentioning(guest.email())).isEqualTo(1);

        anonymous().delete(BY_TOKEN, token).then().statusCode(204);

        RegistrationResponse erased = registration(eventId, registered.id());
        assertThat(erased.attendeeName()).isEqualTo(GuestErasureService.ERASED_GUEST_NAME);
        assertThat(erased.guestEmail()).isNull();
        assertThat(erased.guestOrganisation()).isNull();
        assertThat(erased.status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(erased.guestErasureLink()).isNull();
        assertThat(registration(eventId, inLine.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(0));
        assertThat(mentionsAnywhere(guest.personalData())).isEmpty();
        assertThat(storedResponsesMentioning(guest.email())).isZero();
        // The token is nowhere either: only its hash was stored, and the stored response that showed it is gone
        assertThat(mentionsAnywhere(List.of(token))).isEmpty();

        List<ConsumerRecord<String, String>> facts = KafkaTestClient.awaitRecords(
                KafkaTestResource.bootstrapServers(),
                EventsTestData.REGISTRATION_TOPIC,
                r -> eventId.equals(r.key()),
                5,
                Duration.ofSeconds(20));
        assertThat(facts)
                .extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(
                        "org.proud2bops.events.RegistrationConfirmed",
                        "org.proud2bops.events.RegistrationWaitlisted",
                        "org.proud2bops.events.RegistrationCancelled",
                        "org.proud2bops.events.WaitlistPromoted",
                        GuestErasureEvents.GUEST_ERASED);
        JsonPath guestErased = JsonPath.from(facts.get(4).value());
        assertThat(guestErased.getString("registrationId"))
                .isEqualTo(registered.id().toString());
        assertThat(guestErased.getString("eventId")).isEqualTo(eventId);
        assertThat(guestErased.getString("erasedAt")).isNotBlank();
        assertThat(facts)
                .allSatisfy(fact -> assertThat(fact.value())
                        .doesNotContainIgnoringCase(guest.email())
                        .doesNotContain(guest.name())
                        .doesNotContain(token));

        // Erasing again answers the same and changes nothing: no second fact
        anonymous().delete(BY_TOKEN, token).then().statusCode(204);
        assertThat(registration(eventId, inLine.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(KafkaTestClient.recordsWithin(
                        KafkaTestResource.bootstrapServers(),
                        EventsTestData.REGISTRATION_TOPIC,
                        r -> eventId.equals(r.key()),
                        Duration.ofSeconds(2)))
                .hasSize(5);
    }

    @Test
    void aWrongTokenIs404AndAnotherGuestsTokenErasesOnlyThatGuest() {
        String eventId = EventsTestData.publishedEvent(Region.NORTH_WEST, 10);
        Guest first = Guest.unique();
        Guest second = Guest.unique();
        RegistrationResponse firstRegistered = EventsTestData.register(asEventsAdmin(), eventId, first.body());
        RegistrationResponse secondRegistered =
                EventsTestData.register(asRegionalClient(Region.NORTH_WEST), eventId, second.body());
        assertThat(secondRegistered.guestErasureLink()).isNotNull();

        anonymous().delete(BY_TOKEN, GuestErasureTokens.newToken()).then().spec(problem(ProblemType.NOT_FOUND));
        // A token is not its hash: the stored form of the token erases nothing
        anonymous()
                .delete(BY_TOKEN, GuestErasureTokens.hash(guestErasureTokenOf(firstRegistered)))
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
        asAdmin()
                .delete(BY_TOKEN, guestErasureTokenOf(firstRegistered).toLowerCase() + "x")
                .then()
                .spec(problem(ProblemType.NOT_FOUND));

        // Longer than any token could be: bad input, before anything is looked up
        anonymous().delete(BY_TOKEN, "a".repeat(65)).then().spec(problem(ProblemType.VALIDATION_FAILED));

        anonymous()
                .delete(BY_TOKEN, guestErasureTokenOf(secondRegistered))
                .then()
                .statusCode(204);

        RegistrationResponse untouched = registration(eventId, firstRegistered.id());
        assertThat(untouched.attendeeName()).isEqualTo(first.name());
        assertThat(untouched.guestEmail()).isEqualTo(first.email());
        assertThat(untouched.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registration(eventId, secondRegistered.id()).attendeeName())
                .isEqualTo(GuestErasureService.ERASED_GUEST_NAME);
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(9));
    }

    @Test
    void onlyAGuestsRegistrationAnswersWithItsErasureLinkAndOnlyOnce() {
        String eventId = EventsTestData.publishedEvent(Region.LONDON, 10);
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        RegistrationResponse own = EventsTestData.registerThemself(member, eventId);
        RegistrationResponse named =
                EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.memberAttendee(otherMember()));
        RegistrationResponse guest =
                EventsTestData.register(asEventsAdmin(), eventId, Guest.unique().body());

        assertThat(own.guestErasureLink()).isNull();
        assertThat(named.guestErasureLink()).isNull();
        assertThat(guest.guestErasureLink()).isNotNull();
        assertThat(registration(eventId, guest.id()).guestErasureLink()).isNull();
        // A member's registration has no guest to erase
        asAdmin().delete(BY_REGISTRATION, eventId, named.id()).then().spec(problem(ProblemType.NOT_FOUND));
        assertThat(registration(eventId, named.id()).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void anAdminErasesAGuestByRegistrationAndTheExportAndTheDeskShowTheErasedGuest() {
        String eventId = EventsTestData.eventStartingSoon();
        Guest guest = Guest.unique();
        RegistrationResponse registered = EventsTestData.register(asEventsAdmin(), eventId, guest.body());
        asEventsAdmin()
                .post("/api/events/{eventId}/registrations/{registrationId}/check-in", eventId, registered.id())
                .then()
                .statusCode(200);
        // The event has started: the guest's place records who came, so erasure anonymises it and frees nothing
        clock.advance(Duration.ofHours(2));

        asEventsAdmin().delete(BY_REGISTRATION, eventId, registered.id()).then().statusCode(403);
        asAdmin()
                .delete(BY_REGISTRATION, UUID.randomUUID(), registered.id())
                .then()
                .spec(problem(ProblemType.NOT_FOUND));
        assertThat(registration(eventId, registered.id()).guestEmail()).isEqualTo(guest.email());

        asAdmin().delete(BY_REGISTRATION, eventId, registered.id()).then().statusCode(204);
        asAdmin().delete(BY_REGISTRATION, eventId, registered.id()).then().statusCode(204);

        RegistrationResponse erased = registration(eventId, registered.id());
        assertThat(erased.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(erased.checkedInAt()).isNotNull();
        assertThat(erased.attendeeName()).isEqualTo(GuestErasureService.ERASED_GUEST_NAME);
        String csv =
                asAdmin().get(EXPORT, eventId).then().statusCode(200).extract().asString();
        assertThat(csv.lines().filter(line -> line.startsWith(registered.id().toString())))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains(",CONFIRMED,")
                        .contains(",guest," + GuestErasureService.ERASED_GUEST_NAME + ",,,"));
        assertThat(csv)
                .doesNotContainIgnoringCase(guest.email())
                .doesNotContain(guest.name())
                .doesNotContain(guest.organisation());
        List<DeskAttendeeResponse> found = asEventsAdmin()
                .queryParam("q", GuestErasureService.ERASED_GUEST_NAME)
                .get(DESK, eventId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items", DeskAttendeeResponse.class);
        assertThat(found).singleElement().satisfies(attendee -> {
            assertThat(attendee.registrationId()).isEqualTo(registered.id());
            assertThat(attendee.guestEmail()).isNull();
            assertThat(attendee.guestOrganisation()).isNull();
        });
        assertThat(asEventsAdmin()
                        .queryParam("q", guest.email())
                        .get(DESK, eventId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getInt("totalItems"))
                .isZero();
    }

    @Test
    void anAdminErasesEveryRegistrationOfAnEmailAtEveryEventOnce() throws SQLException {
        String fullEvent = EventsTestData.publishedEvent(null, 1);
        String otherEvent = EventsTestData.publishedEvent(Region.LONDON, 10);
        EventsTestData.register(asEventsAdmin(), fullEvent, Guest.unique().body());
        Guest guest = Guest.unique();
        RegistrationResponse waitlisted = registeredWithIdempotencyKey(fullEvent, guest);
        Guest sameGuestShouting = new Guest(guest.name(), guest.email().toUpperCase(), guest.organisation());
        RegistrationResponse confirmed = registeredWithIdempotencyKey(otherEvent, sameGuestShouting);
        Guest someoneElse = Guest.unique();
        RegistrationResponse bystander = EventsTestData.register(asEventsAdmin(), otherEvent, someoneElse.body());
        assertThat(waitlisted.status()).isEqualTo(RegistrationStatus.WAITLISTED);

        asEventsAdmin()
                .body(Map.of("email", guest.email()))
                .post(BY_EMAIL)
                .then()
                .statusCode(403);
        asAdmin()
                .body(Map.of("email", "not an email"))
                .post(BY_EMAIL)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED));
        assertThat(registration(otherEvent, confirmed.id()).guestEmail()).isEqualTo(sameGuestShouting.email());
        assertThat(storedResponsesMentioning(guest.email())).isEqualTo(2);

        GuestErasureResponse erasure = asAdmin()
                .body(Map.of("email", guest.email()))
                .post(BY_EMAIL)
                .then()
                .statusCode(200)
                .extract()
                .as(GuestErasureResponse.class);

        assertThat(erasure.erased())
                .containsExactlyInAnyOrder(
                        new GuestErasureResponse.ErasedRegistration(waitlisted.id(), UUID.fromString(fullEvent)),
                        new GuestErasureResponse.ErasedRegistration(confirmed.id(), UUID.fromString(otherEvent)));
        assertThat(registration(fullEvent, waitlisted.id()))
                .extracting(RegistrationResponse::status, RegistrationResponse::attendeeName)
                .containsExactly(RegistrationStatus.CANCELLED, GuestErasureService.ERASED_GUEST_NAME);
        assertThat(registration(otherEvent, confirmed.id()))
                .extracting(RegistrationResponse::status, RegistrationResponse::attendeeName)
                .containsExactly(RegistrationStatus.CANCELLED, GuestErasureService.ERASED_GUEST_NAME);
        anonymous().get(EVENT, fullEvent).then().body("placesLeft", equalTo(0));
        anonymous().get(EVENT, otherEvent).then().body("placesLeft", equalTo(9));
        assertThat(registration(otherEvent, bystander.id()).guestEmail()).isEqualTo(someoneElse.email());
        assertThat(mentionsAnywhere(guest.personalData())).isEmpty();
        assertThat(storedResponsesMentioning(guest.email())).isZero();
        assertThat(mentionsAnywhere(someoneElse.personalData())).isNotEmpty();

        asAdmin()
                .body(Map.of("email", guest.email()))
                .post(BY_EMAIL)
                .then()
                .statusCode(200)
                .body("erased", org.hamcrest.Matchers.empty());
        assertThat(KafkaTestClient.awaitRecords(
                        KafkaTestResource.bootstrapServers(),
                        EventsTestData.REGISTRATION_TOPIC,
                        r -> (fullEvent.equals(r.key()) || otherEvent.equals(r.key()))
                                && GuestErasureEvents.GUEST_ERASED.equals(KafkaTestClient.header(r, "ce_type")),
                        2,
                        Duration.ofSeconds(20)))
                .extracting(r -> JsonPath.from(r.value()).getString("registrationId"))
                .containsExactlyInAnyOrder(
                        waitlisted.id().toString(), confirmed.id().toString());
    }

    @Test
    void aGuestsAnswersToTheEventsQuestionsAreErasedWithThem() throws SQLException {
        String upcoming = EventsTestData.createEvent(EventsTestData.eventWithQuestions(null, 5));
        Guest guest = Guest.unique();
        String access = "Hearing loop, seat near the front " + UUID.randomUUID();
        Map<String, Object> body = new java.util.HashMap<>(guest.body());
        body.put("answers", Map.of("dietary", "Vegan", "access", access));
        RegistrationResponse registered = asEventsAdmin()
                .body(body)
                .post(REGISTRATIONS, upcoming)
                .then()
                .statusCode(201)
                .extract()
                .as(RegistrationResponse.class);
        assertThat(registered.answers()).containsEntry("access", access);
        assertThat(mentionsAnywhere(List.of(access))).isNotEmpty();

        anonymous().delete(BY_TOKEN, guestErasureTokenOf(registered)).then().statusCode(204);

        assertThat(registration(upcoming, registered.id()).answers()).isNull();
        assertThat(mentionsAnywhere(List.of(access))).isEmpty();
        assertThat(mentionsAnywhere(guest.personalData())).isEmpty();
    }

    /** A guest registered with an Idempotency-Key, so its response (with the guest's email) is stored for retries. */
    private static RegistrationResponse registeredWithIdempotencyKey(String eventId, Guest guest) {
        return asEventsAdmin()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(guest.body())
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(201)
                .extract()
                .as(RegistrationResponse.class);
    }

    private static RegistrationResponse registration(String eventId, UUID registrationId) {
        return registration(asAdmin(), eventId, registrationId);
    }

    private static RegistrationResponse registration(RequestSpecification as, String eventId, UUID registrationId) {
        return as.get(REGISTRATION, eventId, registrationId)
                .then()
                .statusCode(200)
                .extract()
                .as(RegistrationResponse.class);
    }

    private static Person otherMember() {
        return EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
    }

    /** Where, in any table of the events database, one of the texts still stands. */
    private Map<String, Long> mentionsAnywhere(List<String> texts) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(PersonalDataSweep.sweptColumnCount(connection)).isGreaterThan(10);
            return PersonalDataSweep.mentions(connection, texts);
        }
    }

    private long storedResponsesMentioning(String text) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from idempotency_record where response_body ilike ?")) {
            statement.setString(1, "%" + text + "%");
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
