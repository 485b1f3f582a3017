package org.proud2bops.platform.conventions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;
import org.proud2bops.platform.testing.contract.RawHttp;

@QuarkusTest
@WithPlatformInfrastructure
class StrictInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"name":12345}                          | name       | a string
            {"name":true}                           | name       | a string
            {"name":"a","quantity":"12"}            | quantity   | a whole number
            {"name":"a","quantity":1.5}             | quantity   | a whole number
            {"name":"a","when":1930000000}          | when       | a date-time string
            {"name":"a\\u0000b"}                    | name       | without control characters
            {"name":"a","name":"b"}                 | name       | more than once
            """)
    void aValueOfTheWrongKindIsRefusedInPlainWordsNamingTheField(String body, String field, String wording) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/widgets")
                .then()
                .log()
                .ifValidationFails()
                .spec(problem(ProblemType.MALFORMED_BODY))
                .body("field", equalTo(field))
                .body(
                        "detail",
                        allOf(
                                containsString(wording),
                                not(containsString("java")),
                                not(containsString("Jackson")),
                                not(containsString("deserialize"))));
    }

    @Test
    void aBodyOfTheWrongShapeSaysWhatShapeItMustBe() {
        given().contentType(ContentType.JSON)
                .body("[]")
                .post("/api/widgets")
                .then()
                .spec(problem(ProblemType.MALFORMED_BODY))
                .body("detail", equalTo("The body must be an object"));
    }

    @Test
    void aMalformedIdInAPathIsABadRequestNamingItNotANotFound() {
        given().get("/api/widgets/not-a-uuid")
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "99999999999999999999"})
    void aPagingValueThatIsNotAWholeNumberIsABadRequestNamingIt(String size) {
        given().queryParam("size", size)
                .get("/api/widgets")
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("field", equalTo("size"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/widgets/%00", "/api/widgets?size=1%1F"})
    void aControlCharacterInThePathOrQueryIsABadRequest(String target) {
        given().urlEncodingEnabled(false).get(target).then().spec(problem(ProblemType.VALIDATION_FAILED));
    }

    @Test
    void aUrlHeadersOrBodyOverTheLimitsGetProblemsNotBareStatuses() {
        RawHttp http = new RawHttp("localhost", RestAssured.port);

        RawHttp.Answer longUrl = http.send("GET", "/api/widgets?q=" + "a".repeat(9_000), Map.of());
        RawHttp.Answer bigHeaders = http.send("GET", "/api/widgets", Map.of("X-Padding", "a".repeat(20_000)));
        RawHttp.Answer bigBody = http.send(
                "POST", "/api/widgets", Map.of("Content-Type", "application/json"), "{".getBytes(), 20L << 20);

        assertThat(longUrl.status()).isEqualTo(414);
        assertThat(longUrl.bodyText()).contains(ProblemType.URI_TOO_LONG.uri().toString());
        assertThat(bigHeaders.status()).isEqualTo(431);
        assertThat(bigHeaders.bodyText())
                .contains(ProblemType.HEADERS_TOO_LARGE.uri().toString());
        assertThat(bigBody.status()).isEqualTo(413);
        assertThat(bigBody.header("Content-Type")).contains("application/problem+json");
        assertThat(bigBody.bodyText())
                .contains(ProblemType.CONTENT_TOO_LARGE.uri().toString());
    }
}
