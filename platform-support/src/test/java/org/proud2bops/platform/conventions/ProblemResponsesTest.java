package org.proud2bops.platform.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.proud2bops.platform.testing.ProblemSpecs.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.proud2bops.platform.problem.ProblemType;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

@QuarkusTest
@WithPlatformInfrastructure
class ProblemResponsesTest {

    @Test
    void unknownPath() {
        given().get("/api/nothing-here")
                .then()
                .spec(problem(ProblemType.NOT_FOUND))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/nothing-here"));
    }

    @Test
    void malformedJson() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/api/widgets")
                .then()
                .spec(problem(ProblemType.MALFORMED_BODY))
                .body("status", equalTo(400));
    }

    @Test
    void unknownPropertyIsRefused() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"a\",\"version\":99}")
                .post("/api/widgets")
                .then()
                .spec(problem(ProblemType.MALFORMED_BODY))
                .body("field", equalTo("version"))
                .body("detail", not(containsString("org.proud2bops")));
    }

    @Test
    void wrongTypeNamesNoJavaClass() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"a\",\"when\":\"yesterday\"}")
                .post("/api/widgets")
                .then()
                .spec(problem(ProblemType.MALFORMED_BODY))
                .body("field", equalTo("when"))
                .body(
                        "detail",
                        allOf(
                                containsString("yesterday"),
                                not(containsString("java.")),
                                not(containsString("Exception")),
                                not(containsString("org.proud2bops"))));
    }

    @Test
    void wrongMediaType() {
        given().contentType(ContentType.TEXT)
                .body("name=a")
                .post("/api/widgets")
                .then()
                .spec(problem(ProblemType.UNSUPPORTED_MEDIA_TYPE));
    }

    @Test
    void wrongMethod() {
        given().delete("/api/widgets").then().spec(problem(ProblemType.METHOD_NOT_ALLOWED));
    }

    @Test
    void validationListsEachField() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"quantity\":5000}")
                .post("/api/widgets")
                .then()
                .spec(problem(ProblemType.VALIDATION_FAILED))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("quantity"))
                .body("violations.in", hasItem("body"));
    }

    @Test
    void unexpectedFailureShowsNoInternals() {
        given().get("/api/widgets/failure")
                .then()
                .spec(problem(ProblemType.INTERNAL_ERROR))
                .body(not(containsString("InternalThing")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.")));
    }
}
