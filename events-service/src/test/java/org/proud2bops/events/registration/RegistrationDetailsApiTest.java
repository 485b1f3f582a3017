package org.proud2bops.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.asRegionalClient;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.TestClock;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/**
 * Registering within an event's registration window, answering its questions, and the online joining link a confirmed
 * place shows: each broken rule a typed problem that registers nobody.
 */
@QuarkusTest
@WithPlatformInfrastructure
class RegistrationDetailsApiTest {

    private static final String EVENT = "/api/events/{eventId}";
    private static final String REGISTRATIONS = "/api/events/{eventId}/registrations";
    private static final String REGISTRATION = "/api/events/{eventId}/registrations/{registrationId}";
    private static final String OWN = "/api/events/me/registrations";
    private static final String EXPORT = "/api/events/{eventId}/registrations/export";

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static Map<String, Object> eventWithQuestions(int capacity) {
        return EventsTestData.eventWithQuestions(Region.LONDON, capacity);
    }

    private static Map<String, Object> withAnswers(Map<String, Object> attendee, Map<String, String> answers) {
        Map<String, Object> body = new HashMap<>(attendee);
        body.put("answers", answers);
        return body;
    }

    @Test
    void registrationOpensAndClosesWithTheEventsWindowForEveryoneWhoRegisters() {
        Map<String, Object> body = EventsTestData.event(Region.LONDON, 10);
        Instant startsAt = Instant.parse((String) body.get("startsAt"));
        body.put("registrationOpensAt", startsAt.minus(Duration.ofDays(10)).toString());
        body.put("registrationClosesAt", startsAt.minus(Duration.ofDays(2)).toString());
        String eventId = EventsTestData.createEvent(body);
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person other = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);

        // Day 0: not open yet, for a member themself, an admin and the region's client alike
        member.asThem().post(REGISTRATIONS, eventId).then().spec(problem(ProblemType.REGISTRATION_NOT_OPEN_YET));
        asEventsAdmin()
                .body(EventsTestData.guest("Early Guest"))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(problem(ProblemType.REGISTRATION_NOT_OPEN_YET));
        asRegionalClient(Region.LONDON)
                .body(EventsTestData.memberAttendee(other))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(problem(ProblemType.REGISTRATION_NOT_OPEN_YET));
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(10));

        // Day 11: open
        clock.advance(Duration.ofDays(11));
        assertThat(EventsTestData.registerThemself(member, eventId).status()).isEqualTo(RegistrationStatus.CONFIRMED);

        // Day 19: closed two days before the start
        clock.advance(Duration.ofDays(8));
        asRegionalClient(Region.LONDON)
                .body(EventsTestData.memberAttendee(other))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(problem(ProblemType.REGISTRATION_CLOSED));
        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(9));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no answers                      | answers.dietary",
                "only the optional one           | answers.dietary",
                "a choice not offered            | answers.dietary",
                "an unknown question             | answers.parking",
            })
    void aMissingUnknownOrWrongAnswerIsAProblemNamingItAndRegistersNobody(String what, String field) {
        String eventId = EventsTestData.createEvent(eventWithQuestions(5));
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Map<String, String> answers = switch (what) {
            case "no answers" -> Map.of();
            case "only the optional one" -> Map.of("access", "Ramp");
            case "a choice not offered" -> Map.of("dietary", "Pescatarian");
            case "an unknown question" -> Map.of("dietary", "None", "parking", "yes");
            default -> throw new IllegalArgumentException(what);
        };

        member.asThem()
                .body(Map.of("answers", answers))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo(field));
        asEventsAdmin()
                .body(withAnswers(EventsTestData.guest("Guest Answering"), answers))
                .post(REGISTRATIONS, eventId)
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo(field));

        anonymous().get(EVENT, eventId).then().body("placesLeft", equalTo(5));
        asEventsAdmin()
                .queryParam("includeCancelled", true)
                .get(REGISTRATIONS, eventId)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void theAnswersAndTheOnlineLinkAreShownToTheAttendeeAndThoseWhoRunEventsAndTheLinkOnlyOnAConfirmedPlace() {
        Map<String, Object> body = eventWithQuestions(1);
        String link = (String) body.get("onlineLink");
        String eventId = EventsTestData.createEvent(body);
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        Person hidden = EventsTestData.memberNotInDirectory(Region.LONDON);

        RegistrationResponse confirmed = member.asThem()
                .body(Map.of("answers", Map.of("dietary", " Vegan ", "access", "Step-free seat")))
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(201)
                .extract()
                .as(RegistrationResponse.class);
        assertThat(confirmed.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(confirmed.answers())
                .containsExactlyInAnyOrderEntriesOf(Map.of("dietary", "Vegan", "access", "Step-free seat"));
        assertThat(confirmed.onlineLink()).isEqualTo(link);

        RegistrationResponse waitlisted = hidden.asThem()
                .body(Map.of("answers", Map.of("dietary", "None")))
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(201)
                .extract()
                .as(RegistrationResponse.class);
        assertThat(waitlisted.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(waitlisted.onlineLink()).isNull();
        assertThat(waitlisted.answers()).containsEntry("dietary", "None");

        // The attendee: their registration and their own list
        RegistrationResponse own = read(member.asThem(), eventId, confirmed.id());
        assertThat(own.onlineLink()).isEqualTo(link);
        assertThat(own.answers()).containsEntry("dietary", "Vegan");
        member.asThem().get(OWN).then().statusCode(200).body("items[0].onlineLink", equalTo(link));
        // Those who run events
        assertThat(read(asEventsAdmin(), eventId, confirmed.id()).onlineLink()).isEqualTo(link);
        // The region's client sees the directory member's answers, never the link; nothing of the hidden member's
        RegistrationResponse byClient = read(asRegionalClient(Region.LONDON), eventId, confirmed.id());
        assertThat(byClient.onlineLink()).isNull();
        assertThat(byClient.answers()).containsEntry("dietary", "Vegan");
        assertThat(read(asRegionalClient(Region.LONDON), eventId, waitlisted.id())
                        .answers())
                .isNull();
        // The public event never shows it
        assertThat(anonymous().get(EVENT, eventId).then().extract().asString()).doesNotContain(link);
    }

    @Test
    void theAttendeeExportHasAColumnPerQuestionWithFormulasNeutralised() throws Exception {
        String eventId = EventsTestData.createEvent(eventWithQuestions(5));
        Person member = EventsTestData.member(Region.LONDON, MemberStatus.ACTIVE);
        member.asThem()
                .body(Map.of("answers", Map.of("dietary", "Vegetarian", "access", "=HYPERLINK(\"http://x\")")))
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(201);
        asEventsAdmin()
                .body(withAnswers(EventsTestData.guest("Guest Exported"), Map.of("dietary", "None")))
                .post(REGISTRATIONS, eventId)
                .then()
                .statusCode(201);

        String csv = asEventsAdmin()
                .get(EXPORT, eventId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).endsWith("answer.dietary", "answer.access");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows)
                    .extracting(r -> r.get("answer.dietary"), r -> r.get("answer.access"))
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Vegetarian", "'=HYPERLINK(\"http://x\")"),
                            org.assertj.core.groups.Tuple.tuple("None", ""));
        }
    }

    private static RegistrationResponse read(RequestSpecification as, String eventId, UUID registrationId) {
        return as.get(REGISTRATION, eventId, registrationId)
                .then()
                .statusCode(200)
                .extract()
                .as(RegistrationResponse.class);
    }
}
