package org.proud2bops.platform.testing.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Puts every @QuarkusTest's rest-assured calls under the application's own OpenAPI document: installed once per
 * JVM, it reads the document of the application under test (by its port) the first time a response needs it.
 * A failed expectation on a response logs the request and the response that broke it.
 */
public final class ContractValidation implements QuarkusTestBeforeEachCallback {

    private static final Map<Integer, ContractSource> CONTRACTS = new ConcurrentHashMap<>();
    private static final ContractTally TALLY = new ContractTally("service documents");
    private static final ContractValidationFilter FILTER = new ContractValidationFilter(
            () -> CONTRACTS.computeIfAbsent(RestAssured.port, port -> new ContractSource(documentUrl(), port)), TALLY);

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
            RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        }
    }

    /** Responses validated so far in this JVM (lets a test prove the filter is in place). */
    public static long validatedResponses() {
        return TALLY.validated();
    }

    /** The document of the application under test, read now (for tests that walk its operations). */
    public static OpenApiContract documentUnderTest() {
        return OpenApiContract.fetch(documentUrl());
    }

    /**
     * A service's own document ({@code /q/openapi}, on the management interface when there is one), or the path
     * {@code platform.contract.document-path} names, such as the gateway's merged document.
     */
    static String documentUrl() {
        var config = ConfigProvider.getConfig();
        String path = config.getOptionalValue("platform.contract.document-path", String.class)
                .orElse("/q/openapi?format=json");
        boolean management = path.startsWith("/q/")
                && config.getOptionalValue("quarkus.management.enabled", Boolean.class)
                        .orElse(false);
        // Quarkus publishes the port it actually bound (tests ask for a random one) as a system property
        int port = management
                ? Integer.parseInt(System.getProperty(
                        "quarkus.management.test-port", config.getValue("quarkus.management.test-port", String.class)))
                : RestAssured.port;
        return "http://localhost:" + port + path;
    }
}
