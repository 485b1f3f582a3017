package org.proud2bops.platform.conventions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;
import org.proud2bops.platform.testing.contract.ContractValidation;

/** The contract filter is on for every test, and fails one whose response breaks the document. */
@QuarkusTest
@WithPlatformInfrastructure
class ContractValidationTest {

    @Test
    void everyResponseIsValidated() {
        long before = ContractValidation.validatedResponses();

        given().get("/api/widgets").then().statusCode(200);

        assertThat(ContractValidation.validatedResponses()).isEqualTo(before + 1);
    }

    @Test
    void aBodyThatBreaksItsSchemaFailsTheTest() {
        assertThatThrownBy(() -> given().get("/api/contract-breakers/wrong-body"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/id: integer found, string expected");
    }

    @Test
    void anUndocumentedStatusFailsTheTest() {
        assertThatThrownBy(() -> given().get("/api/contract-breakers/undocumented-status"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("status 202 is not documented");
    }

    @Test
    void anUndeclaredContractHeaderFailsTheTest() {
        assertThatThrownBy(() -> given().get("/api/contract-breakers/undeclared-header"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("carries ETag, which is not declared");
    }

    @Test
    void aConditionalHeaderTheOperationDoesNotDeclareFailsTheTest() {
        assertThatThrownBy(() -> given().header("If-Match", "\"0\"").get("/api/widgets"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("sent If-Match, which the operation does not declare");
    }

    @Test
    void anAnswerToAnUndocumentedPathMustBeAProblem() {
        given().get("/api/no-such-thing").then().statusCode(404);
        assertThatThrownBy(() -> given().get("/api/contract-breakers/undocumented"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no documented operation");
    }
}
