package org.proud2bops.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares, on every operation, the problem responses the platform's conventions make it return, so the documented
 * errors cannot drift from the shared code that produces them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardErrorResponses implements OASFilter {

    /** Schemas the problem-details extension publishes. */
    private static final String PROBLEM_REF = "#/components/schemas/HttpProblem";
    private static final String VALIDATION_PROBLEM_REF = "#/components/schemas/HttpValidationProblem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> addErrors(method, path, operation)));
    }

    private static void addErrors(PathItem.HttpMethod method, String path, Operation operation) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "The request is malformed or fails validation; the problem lists each field");
        boolean identifiesResource = path.contains("{");
        switch (method) {
            case GET -> {
                if (identifiesResource) {
                    errors.put("404", "No such resource, or not visible to you");
                }
            }
            case POST -> {
                errors.put("409", "Conflicts with existing data, or the same Idempotency-Key is still in flight");
                errors.put("415", "The body is not JSON");
                errors.put("422", "The Idempotency-Key was already used with a different body");
            }
            case PUT, PATCH -> {
                errors.put("404", "No such resource, or not visible to you");
                errors.put("412", "The resource changed since the ETag in If-Match was read");
                errors.put("415", "The body is not JSON");
                errors.put("428", "If-Match is required");
            }
            case DELETE -> errors.put("404", "No such resource, or not visible to you");
            default -> {
            }
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            errors.put("401", "No bearer token, or one that fails verification (signature, issuer, audience, expiry)");
            errors.put("403", "The token is valid but does not carry the right this operation needs");
        }
        errors.put("500", "Unexpected failure; the problem carries no internal details");
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        errors.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent("400".equals(status) ? VALIDATION_PROBLEM_REF : PROBLEM_REF));
            }
        });
        if (method == PathItem.HttpMethod.GET && identifiesResource && !responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: the ETag in If-None-Match is still current"));
        }
        operation.setResponses(responses);
        if (operation.getSecurity() == null) {
            // Operations that declare no requirement are public; saying so explicitly keeps the contract unambiguous.
            operation.setSecurity(new java.util.ArrayList<>());
        }
    }

    private static Content problemContent(String schemaRef) {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schemaRef)));
    }
}
