package org.proud2bops.platform.conventions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.proud2bops.platform.testing.ManagementInterface;
import org.proud2bops.platform.testing.WithPlatformInfrastructure;

/** Health, metrics and the OpenAPI document are served on the management interface, never on the public port. */
@QuarkusTest
@WithPlatformInfrastructure
class ManagementInterfaceTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @ParameterizedTest
    @MethodSource("org.proud2bops.platform.testing.ManagementInterface#operationsPaths")
    void operationsEndpointsAreANotFoundProblemOnThePublicPort(String path) {
        ManagementInterface.assertNotFoundProblemOnThePublicPort(path);
    }

    @Test
    void healthIsServedOnTheManagementPort() {
        ManagementInterface.at(management)
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        ManagementInterface.at(management).get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsAreServedOnTheManagementPort() {
        ManagementInterface.at(management)
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theOpenApiDocumentIsServedOnTheManagementPort() {
        ManagementInterface.at(management)
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/widgets"));
    }

    @Test
    void theManagementPortServesNoApplicationResource() {
        given().get("/api/widgets/failure").then().statusCode(500);
        ManagementInterface.at(management).get("/api/widgets/failure").then().statusCode(404);
    }
}
