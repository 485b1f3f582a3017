package org.proud2bops.events;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.proud2bops.events.domain.MemberProfile;
import org.proud2bops.events.domain.MemberProfileRepository;
import org.proud2bops.platform.testing.TestTokens;

/** Events made through the API, member profiles as the projection would hold them, and callers with real tokens. */
final class EventsTestData {

    private EventsTestData() {}

    record Person(UUID memberId, String subject) {

        RequestSpecification asThem() {
            return as(TestTokens.bearer(subject, "member"));
        }
    }

    static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    static RequestSpecification asEventsAdmin() {
        return as(TestTokens.bearer("events-admin-subject", "events-admin"));
    }

    static RequestSpecification asRegionalClient(String region) {
        return as(TestTokens.regionalClient("regional-" + region.toLowerCase(), region));
    }

    static Map<String, Object> event(String region, int capacity) {
        Instant startsAt = Instant.now().plus(Duration.ofDays(20)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>(Map.of(
                "title",
                "Operational leadership day " + UUID.randomUUID(),
                "summary",
                "Sessions for operational managers",
                "kind",
                "REGIONAL_MEETING",
                "startsAt",
                startsAt.toString(),
                "endsAt",
                startsAt.plus(Duration.ofHours(6)).toString(),
                "capacity",
                capacity,
                "status",
                "PUBLISHED"));
        if (region != null) {
            body.put("region", region);
            body.put("hostNetwork", region.toLowerCase().replace('_', '-'));
        }
        return body;
    }

    static String createEvent(Map<String, Object> body) {
        return asEventsAdmin()
                .body(body)
                .post("/api/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String publishedEvent(String region, int capacity) {
        return createEvent(event(region, capacity));
    }

    /** A member as the members service's events would have left them in this service. */
    static Person member(String region, String status) {
        return member(region, status, true);
    }

    /** A member who chose not to be in the directory. */
    static Person memberNotInDirectory(String region) {
        return member(region, "ACTIVE", false);
    }

    private static Person member(String region, String status, boolean directoryVisible) {
        UUID memberId = UUID.randomUUID();
        String subject = "person-" + memberId;
        QuarkusTransaction.requiringNew().run(() -> {
            MemberProfile profile = new MemberProfile();
            profile.memberId = memberId;
            profile.displayName = "Member " + memberId.toString().substring(0, 8);
            profile.region = region;
            profile.status = status;
            profile.directoryVisible = directoryVisible;
            profile.accountSubject = subject;
            profile.sourceVersion = 1;
            profile.updatedAt = Instant.now();
            CDI.current().select(MemberProfileRepository.class).get().persist(profile);
        });
        return new Person(memberId, subject);
    }

    static Map<String, Object> guest(String name) {
        return Map.of(
                "guest",
                Map.of(
                        "name",
                        name,
                        "email",
                        name.toLowerCase().replace(' ', '.') + "@trust.example",
                        "organisation",
                        "Example Hospitals NHS Trust"));
    }
}
