package org.proud2bops.events.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.proud2bops.events.EventsTestData.anonymous;
import static org.proud2bops.events.EventsTestData.asAdmin;
import static org.proud2bops.events.EventsTestData.asEventsAdmin;
import static org.proud2bops.events.EventsTestData.asRegionalClient;
import static org.proud2bops.events.EventsTestData.memberAttendee;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.proud2bops.events.EventsTestData;
import org.proud2bops.events.EventsTestData.Person;
import org.proud2bops.events.event.Region;
import org.proud2bops.events.memberprofile.MemberStatus;
import org.proud2bops.events.registration.AttendeeRow;
import org.proud2bops.events.registration.RegistrationRepository;
import org.proud2bops.events.registration.RegistrationResponse;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class AttendeeExportApiTest {

    private static final String EXPORT = "/api/events/{eventId}/registrations/export";
    private static final String CANCELLATION = "/api/events/{eventId}/registrations/{registrationId}/cancellation";

    @Inject
    RegistrationRepository registrations;

    @Inject
    EntityManager entityManager;

    @Test
    void anEventsAdminDownloadsTheAttendeeListWithAHeaderRowAndOneRowPerPlace() throws IOException {
        String eventId = EventsTestData.publishedEvent(Region.SOUTH_WEST, 10);
        Person member = EventsTestData.member(Region.SOUTH_WEST, MemberStatus.ACTIVE);
        RegistrationResponse memberPlace = EventsTestData.register(asEventsAdmin(), eventId, memberAttendee(member));
        RegistrationResponse guestPlace = EventsTestData.register(
                asRegionalClient(Region.SOUTH_WEST),
                eventId,
                Map.of(
                        "guest",
                        Map.of(
                                "name",
                                "=HYPERLINK(\"http://evil.example\",\"Open\")",
                                "email",
                                "kim.lee@nhs.example",
                                "organisation",
                                "+44 Royal Example Hospital")));

        ExtractableResponse<Response> download =
                asEventsAdmin().get(EXPORT, eventId).then().statusCode(200).extract();

        assertThat(download.contentType()).isEqualToIgnoringWhitespace("text/csv;charset=utf-8");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"proud2bops-attendees-" + eventId + ".csv\"");
        assertThat(download.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        CSVParser csv = parse(download.asString());
        assertThat(csv.getHeaderNames()).isEqualTo(AttendeeCsv.COLUMNS);
        List<CSVRecord> rows = csv.getRecords();
        assertThat(rows).hasSize(2);
        CSVRecord memberRow = rows.get(0);
        assertThat(memberRow.get("registrationId")).isEqualTo(memberPlace.id().toString());
        assertThat(memberRow.get("status")).isEqualTo("CONFIRMED");
        assertThat(Instant.parse(memberRow.get("registeredAt")))
                .isCloseTo(memberPlace.registeredAt(), within(1, ChronoUnit.MILLIS));
        assertThat(memberRow.get("attendeeKind")).isEqualTo("member");
        assertThat(memberRow.get("name")).isEqualTo(memberPlace.attendeeName());
        assertThat(memberRow.get("email")).isEmpty();
        assertThat(memberRow.get("organisation")).isEmpty();
        assertThat(memberRow.get("registeredBy")).isEqualTo("events-admin-subject");
        assertThat(memberRow.get("registeredAs")).isEqualTo("ADMIN");
        CSVRecord guestRow = rows.get(1);
        assertThat(guestRow.get("registrationId")).isEqualTo(guestPlace.id().toString());
        assertThat(guestRow.get("attendeeKind")).isEqualTo("guest");
        assertThat(guestRow.get("name")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Open\")");
        assertThat(guestRow.get("email")).isEqualTo("kim.lee@nhs.example");
        assertThat(guestRow.get("organisation")).isEqualTo("'+44 Royal Example Hospital");
        assertThat(guestRow.get("registeredBy")).isEqualTo("service-account-regional-south_west");
        assertThat(guestRow.get("registeredAs")).isEqualTo("REGIONAL_NETWORK");
    }

    @Test
    void waitlistedPlacesAreListedAndCancelledOnesOnlyWhenAskedFor() throws IOException {
        String eventId = EventsTestData.publishedEvent(Region.SOUTH_WEST, 2);
        RegistrationResponse kept =
                EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.guest("Kept Guest"));
        RegistrationResponse given =
                EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.guest("Gone Guest"));
        RegistrationResponse promoted =
                EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.guest("Promoted Guest"));
        asEventsAdmin().post(CANCELLATION, eventId, given.id()).then().statusCode(200);
        RegistrationResponse waiting =
                EventsTestData.register(asEventsAdmin(), eventId, EventsTestData.guest("Waiting Guest"));

        List<CSVRecord> live = parse(asAdmin()
                        .get(EXPORT, eventId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .getRecords();
        List<CSVRecord> all = parse(asAdmin()
                        .queryParam("includeCancelled", true)
                        .get(EXPORT, eventId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .getRecords();

        assertThat(live)
                .extracting(row -> row.get("registrationId") + " " + row.get("status"))
                .containsExactly(kept.id() + " CONFIRMED", promoted.id() + " CONFIRMED", waiting.id() + " WAITLISTED");
        assertThat(all)
                .extracting(row -> row.get("registrationId") + " " + row.get("status"))
                .containsExactly(
                        kept.id() + " CONFIRMED",
                        given.id() + " CANCELLED",
                        promoted.id() + " CONFIRMED",
                        waiting.id() + " WAITLISTED");
    }

    /** Even the hosting region's client, which may list the registrations, gets no file; nor does anyone else. */
    @Test
    void onlyThePeopleWhoRunEventsExportTheList() {
        String eventId = EventsTestData.publishedEvent(Region.SOUTH_WEST, 10);
        Person member = EventsTestData.member(Region.SOUTH_WEST, MemberStatus.ACTIVE);

        asRegionalClient(Region.SOUTH_WEST).get(EXPORT, eventId).then().spec(problem(ProblemType.FORBIDDEN));
        member.asThem().get(EXPORT, eventId).then().spec(problem(ProblemType.FORBIDDEN));
        anonymous().get(EXPORT, eventId).then().statusCode(401);
        asEventsAdmin().get(EXPORT, UUID.randomUUID()).then().spec(problem(ProblemType.NOT_FOUND));
    }

    @Test
    void twoThousandAttendeesComeOutInTheOrderPlacesWereTaken() throws IOException {
        String eventId = EventsTestData.publishedEvent(Region.SOUTH_WEST, 5_000);
        insertGuests(UUID.fromString(eventId), 2_000);

        List<CSVRecord> rows = parse(asEventsAdmin()
                        .get(EXPORT, eventId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .getRecords();

        assertThat(rows).hasSize(2_000);
        assertThat(rows.get(0).get("name")).isEqualTo("Bulk guest 1");
        assertThat(rows.get(1_999).get("name")).isEqualTo("Bulk guest 2000");
        assertThat(rows).extracting(row -> row.get("registrationId")).doesNotHaveDuplicates();
    }

    /**
     * The export reads through a database cursor: after the first row of 2,000 has been taken, the query's portal is
     * still open on the server (PostgreSQL's pg_cursors lists it), so the rest has not been fetched. A query that
     * loaded every row into memory would have finished and closed its portal by then.
     */
    @Test
    void theRowsAreReadThroughAnOpenCursorNotLoadedAtOnce() {
        UUID eventId = UUID.fromString(EventsTestData.publishedEvent(Region.SOUTH_WEST, 5_000));
        insertGuests(eventId, 2_000);

        long openCursorsMidStream = QuarkusTransaction.requiringNew().call(() -> {
            try (Stream<AttendeeRow> rows = registrations.attendeeRowsOf(eventId, false)) {
                Iterator<AttendeeRow> iterator = rows.iterator();
                assertThat(iterator.next().guestName()).isEqualTo("Bulk guest 1");
                return openCursors();
            }
        });
        long openCursorsAfter = QuarkusTransaction.requiringNew().call(this::openCursors);

        assertThat(openCursorsMidStream).isPositive();
        assertThat(openCursorsAfter).isZero();
    }

    private long openCursors() {
        return ((Number) entityManager
                        .createNativeQuery("select count(*) from pg_cursors where name <> ''")
                        .getSingleResult())
                .longValue();
    }

    private void insertGuests(UUID eventId, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("insert into registration (id, event_id, guest_name, guest_email, "
                            + "guest_organisation, status, registered_by, registered_as, registered_at) "
                            + "select gen_random_uuid(), ?1, 'Bulk guest ' || n, 'bulk' || n || '@trust.example', "
                            + "'Example Hospitals NHS Trust', 'CONFIRMED', 'bulk-test', 'ADMIN', "
                            + "now() + n * interval '1 millisecond' from generate_series(1, ?2) n")
                    .setParameter(1, eventId)
                    .setParameter(2, count)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("update event set places_taken = places_taken + ?2 where id = ?1")
                    .setParameter(1, eventId)
                    .setParameter(2, count)
                    .executeUpdate();
        });
    }

    private static CSVParser parse(String csv) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv));
    }
}
