package org.proud2bops.members;

import static io.restassured.RestAssured.given;
import static org.proud2bops.members.Callers.asAdmin;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.proud2bops.members.MemberAccessTest.Registered;
import org.proud2bops.platform.testing.authorization.CallerKind;

/**
 * The callers of the authorization matrix, and objects that belong to someone else: a London member who is not in
 * the directory (in the London network, with an advisory-group application), calls, organisations and proposals.
 * Callers who are people carry the {@code member} role whatever their membership status, as a stale token would.
 */
final class AuthorizationFixture {

    /** The network whose members are someone else's: the lead of another network does not lead it. */
    static final String OTHERS_NETWORK = "london";
    /** People who call work in the North West (Manchester University NHS FT); the other network lead leads it. */
    private static final String CALLERS_ORGANISATION = "R0A";

    private static final String CALLERS_NETWORK = "north-west";

    private final Map<CallerKind, String> sharedTokens = new ConcurrentHashMap<>();
    final Registered otherMember;
    final String openCallId;
    final String otherApplicationId;

    AuthorizationFixture() {
        otherMember = otherMember();
        openCallId = openCall();
        otherApplicationId = advisoryApplicationOf(otherMember);
    }

    /** The caller's request, with the token of the same person for every call. */
    RequestSpecification request(CallerKind caller) {
        if (caller == CallerKind.ANONYMOUS) {
            return given();
        }
        return Callers.as(sharedTokens.computeIfAbsent(caller, AuthorizationFixture::newCaller));
    }

    /** The caller's request as a person made for this call alone (for operations that change the caller's own record). */
    RequestSpecification requestAsNew(CallerKind caller) {
        return caller == CallerKind.ANONYMOUS ? given() : Callers.as(newCaller(caller));
    }

    /** A London member, not in the directory, in the London network. */
    Registered otherMember() {
        Registered member = MemberAccessTest.register(CallerKind.OBJECTS_REGION, false);
        NetworkTest.join(OTHERS_NETWORK, member);
        return member;
    }

    String advisoryApplicationOf(Registered member) {
        return AdvisoryGroupTest.withDocuments(
                        MemberAccessTest.personOf(member),
                        AdvisoryGroupTest.PDF,
                        TestDocuments.PDF_TYPE,
                        AdvisoryGroupTest.DOCX,
                        TestDocuments.DOCX_TYPE)
                .post("/api/advisory-group/calls/" + openCallId + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A call open for applications now. */
    String openCall() {
        return AdvisoryGroupTest.createCall(
                Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plus(30, ChronoUnit.DAYS));
    }

    /** An organisation nobody has used yet, with no network. */
    String organisation() {
        String odsCode = "Z"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("odsCode", odsCode, "name", "Trust " + odsCode, "type", "ACUTE", "region", "LONDON"))
                .post("/api/organisations")
                .then()
                .statusCode(201);
        return odsCode;
    }

    /** A pending proposal of an organisation that is not listed, made by someone else. */
    String proposal() {
        String name = "Proposed Trust " + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(MemberResourceTest.newMember(MemberResourceTest.uniqueEmail()));
        body.put("proposedOrganisation", name);
        MemberResourceTest.register(body).then().statusCode(201);
        List<Map<String, Object>> pending = asAdmin()
                .queryParam("size", 100)
                .get("/api/organisations/proposals")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return pending.stream()
                .filter(proposal -> name.equals(proposal.get("name")))
                .findFirst()
                .map(proposal -> (String) proposal.get("id"))
                .orElseThrow();
    }

    static String etagOf(RequestSpecification reader, String path) {
        return reader.get(path).header("ETag");
    }

    private static String newCaller(CallerKind caller) {
        String subject = "matrix-" + caller.column() + "-" + UUID.randomUUID();
        return switch (caller) {
            case MEMBER -> person(caller, subject, "ACTIVE");
            case APPLICANT -> person(caller, subject);
            case DECLINED -> person(caller, subject, "DECLINED");
            case LAPSED -> person(caller, subject, "ACTIVE", "LAPSED");
            case SUSPENDED -> person(caller, subject, "ACTIVE", "SUSPENDED");
            case LEFT -> person(caller, subject, "ACTIVE", "LEFT");
            case OTHER_NETWORK_LEAD -> leadOfCallersNetwork(caller, subject);
            case EVENTS_ADMIN, CONTENT_EDITOR, ADMIN ->
                caller.token(subject)
                        .email(subject + "@proud2bops.example", true)
                        .bearer();
            case OTHER_REGION_CLIENT -> caller.token(subject).bearer();
            case ANONYMOUS -> throw new IllegalArgumentException("an anonymous caller has no token");
        };
    }

    /** A person who applied (a token with their kind's roles and a verified email), then moved through the steps. */
    private static String person(CallerKind caller, String subject, String... steps) {
        String token = caller.token(subject)
                .email(MemberResourceTest.uniqueEmail(), true)
                .bearer();
        String id = Callers.as(token)
                .contentType(ContentType.JSON)
                .body(MembershipLifecycleTest.application(CALLERS_ORGANISATION))
                .post("/api/members/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String step : steps) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(MembershipLifecycleTest.status(step, "matrix fixture"))
                    .post("/api/members/" + id + "/status-changes")
                    .then()
                    .statusCode(200);
        }
        return token;
    }

    private static String leadOfCallersNetwork(CallerKind caller, String subject) {
        String token = person(caller, subject, "ACTIVE");
        String id = Callers.as(token)
                .get("/api/members/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        asAdmin()
                .put("/api/networks/" + CALLERS_NETWORK + "/members/" + id)
                .then()
                .statusCode(200);
        asAdmin()
                .put("/api/networks/" + CALLERS_NETWORK + "/leads/" + id)
                .then()
                .statusCode(200);
        return token;
    }
}
