package org.proud2bops.members;

import static org.proud2bops.members.MembersTestData.anonymous;
import static org.proud2bops.members.MembersTestData.as;
import static org.proud2bops.members.MembersTestData.asAdmin;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.proud2bops.members.MembersTestData.Application;
import org.proud2bops.members.MembersTestData.Directory;
import org.proud2bops.members.MembersTestData.Member;
import org.proud2bops.members.MembersTestData.StatusChange;
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
    final Member otherMember;
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
            return anonymous();
        }
        return as(sharedTokens.computeIfAbsent(caller, AuthorizationFixture::newCaller));
    }

    /** The caller's request as a person made for this call alone (for operations that change the caller's own record). */
    RequestSpecification requestAsNew(CallerKind caller) {
        return caller == CallerKind.ANONYMOUS ? anonymous() : as(newCaller(caller));
    }

    /** A London member, not in the directory, in the London network. */
    Member otherMember() {
        Member member = MembersTestData.member("LONDON", Directory.UNLISTED);
        MembersTestData.join(OTHERS_NETWORK, member);
        return member;
    }

    String advisoryApplicationOf(Member member) {
        return MembersTestData.advisoryApplication(member, openCallId);
    }

    /** A call open for applications now. */
    String openCall() {
        return MembersTestData.createCall(
                Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plus(30, ChronoUnit.DAYS));
    }

    /** An organisation nobody has used yet, with no network. */
    String organisation() {
        return MembersTestData.newOrganisation();
    }

    /** A pending proposal of an organisation that is not listed, made by someone else. */
    String proposal() {
        return MembersTestData.proposal();
    }

    static String etagOf(RequestSpecification reader, String path, Object... pathParams) {
        return reader.get(path, pathParams).header("ETag");
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
        String token =
                caller.token(subject).email(MembersTestData.uniqueEmail(), true).bearer();
        String id = as(token)
                .contentType(ContentType.JSON)
                .body(Application.at(CALLERS_ORGANISATION))
                .post("/api/members/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String step : steps) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(new StatusChange(step, "matrix fixture"))
                    .post("/api/members/{id}/status-changes", id)
                    .then()
                    .statusCode(200);
        }
        return token;
    }

    private static String leadOfCallersNetwork(CallerKind caller, String subject) {
        String token = person(caller, subject, "ACTIVE");
        String id = as(token)
                .get("/api/members/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        MembersTestData.join(CALLERS_NETWORK, id);
        asAdmin()
                .put("/api/networks/{slug}/leads/{memberId}", CALLERS_NETWORK, id)
                .then()
                .statusCode(200);
        return token;
    }
}
