package org.proud2bops.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.List;

/**
 * Requests to an application's management interface ({@code /q/health}, {@code /q/metrics}, {@code /q/openapi}),
 * which listens on its own random port in tests. Inject any management URL with
 * {@code @TestHTTPResource(value = "/", management = true) URL management;} and pass it here.
 */
public final class ManagementInterface {

    private ManagementInterface() {}

    /** The operations endpoints an application must not serve on its public port ({@code @MethodSource} for tests). */
    public static List<String> operationsPaths() {
        return List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi");
    }

    /** Asserts that the public port (RestAssured's default) answers {@code path} with a 404 problem. */
    public static void assertNotFoundProblemOnThePublicPort(String path) {
        given().get(path)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo(path));
    }

    /** A request aimed at the management interface behind {@code managementUrl}; give it the full path, e.g. {@code /q/metrics}. */
    public static RequestSpecification at(URL managementUrl) {
        return given().baseUri(managementUrl.getProtocol() + "://" + managementUrl.getHost())
                .port(managementUrl.getPort());
    }
}
