package org.proud2bops.platform.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.authorization.AuthorizationMatrix;
import org.proud2bops.platform.testing.authorization.AuthorizationMatrix.Verdict;
import org.proud2bops.platform.testing.authorization.CallerKind;
import org.proud2bops.platform.testing.contract.OpenApiContract;

/** What the authorization matrix reports when a service and its table disagree. */
class AuthorizationMatrixCheckTest {

    private static final OpenApiContract DOCUMENT = OpenApiContract.parse("""
            {"openapi": "3.1.0", "paths": {"/things": {
              "get": {"operationId": "listThings", "description": "Lists things. Who may: admins.", "responses": {}},
              "post": {"operationId": "addThing", "description": "Who may: admins.", "responses": {}}}}}""");

    @Test
    void aMissingRowAStaleRowAnOtherOutcomeAndAnUnnamedAllowedCallerAreEachReported() {
        Verdict verdict = AuthorizationMatrix.read("authorization-matrix-example.csv")
                .check(DOCUMENT, (operationId, caller) -> switch (caller) {
                    case ANONYMOUS -> 401;
                    case MEMBER, ADMIN, EVENTS_ADMIN -> 200;
                    default -> 403;
                });

        assertThat(verdict.operationsWithoutRow()).containsExactly("addThing");
        assertThat(verdict.rowsWithoutOperation()).containsExactly("goneThing");
        assertThat(verdict.mismatches()).containsExactly("listThings as eventsAdmin: expected 403, got ALLOW");
        assertThat(verdict.whoMayGaps()).singleElement().asString().startsWith("listThings: member is allowed");
        assertThat(verdict.calls()).isEqualTo(CallerKind.values().length);
        assertThatThrownBy(verdict::requireNoFindings)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no row: addThing");
    }

    @Test
    void onlySuccessesAndNotModifiedCountAsAllowed() {
        assertThat(AuthorizationMatrix.outcomeOf(204)).isEqualTo(AuthorizationMatrix.ALLOW);
        assertThat(AuthorizationMatrix.outcomeOf(304)).isEqualTo(AuthorizationMatrix.ALLOW);
        assertThat(AuthorizationMatrix.outcomeOf(404)).isEqualTo("404");
        assertThat(AuthorizationMatrix.outcomeOf(409)).isEqualTo("409");
    }
}
