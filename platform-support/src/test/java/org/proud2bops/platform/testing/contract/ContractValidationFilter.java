package org.proud2bops.platform.testing.contract;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks every response a test receives against the OpenAPI document of the application it called, and fails the
 * test on the first exchange that breaks it. Operations surfaces ({@code /q/*}) are not part of the contract.
 */
public final class ContractValidationFilter implements OrderedFilter {

    private final Supplier<ContractSource> contract;
    private final ContractTally tally;

    public ContractValidationFilter(Supplier<ContractSource> contract, ContractTally tally) {
        this.contract = contract;
        this.tally = tally;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI target = URI.create(request.getURI());
        ContractSource source = contract.get();
        if (!source.covers(target) || "OPTIONS".equals(request.getMethod())) {
            return response; // operations surfaces, other servers and CORS preflights are not operations of the API
        }
        String rawPath = target.getRawPath();
        ObservedExchange exchange = new ObservedExchange(
                headers(request.getHeaders().asList()),
                response.statusCode(),
                headers(response.getHeaders().asList()),
                response.asByteArray());
        OpenApiContract document = source.current();
        Optional<DocumentedOperation> operation = document.operation(request.getMethod(), rawPath);
        if (operation.isEmpty()) {
            document = source.reread();
            operation = document.operation(request.getMethod(), rawPath);
        }
        OpenApiContract checked = document;
        List<String> violations = operation
                .map(found -> checked.violations(found, exchange))
                .orElseGet(() -> checked.undocumentedPathViolations(request.getMethod(), rawPath, exchange));
        tally.record(violations.size());
        if (!violations.isEmpty()) {
            throw new AssertionError("The response breaks the OpenAPI contract:\n  " + String.join("\n  ", violations)
                    + "\nBody: " + response.asString());
        }
        return response;
    }

    private static Map<String, String> headers(List<Header> headers) {
        Map<String, String> byName = new LinkedHashMap<>();
        headers.forEach(
                header -> byName.merge(header.getName(), header.getValue(), (first, next) -> first + ", " + next));
        return byName;
    }

    /** After logging filters, so a failure still shows the exchange. */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
