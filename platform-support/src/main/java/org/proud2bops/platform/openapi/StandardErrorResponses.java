package org.proud2bops.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares, on every operation, the problem responses the platform's conventions make it return, so the documented
 * errors cannot drift from the shared code that produces them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardErrorResponses implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM_SCHEMA, ProblemSchema.create());
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
        errors.put("500", "Unexpected failure; the problem carries no internal details");
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        errors.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, problemResponse(description));
            }
        });
        operation.setResponses(responses);
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    private static final class ProblemSchema {

        static Schema create() {
            Schema violation = OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .addProperty("field", string("The request field that is wrong"))
                    .addProperty("in", string("Where the field is: body, query, path or header"))
                    .addProperty("message", string("What is wrong with it"));
            return OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("An RFC 9457 problem detail")
                    .addProperty("type", string("A URI identifying the kind of problem"))
                    .addProperty("title", string("Short summary of the kind of problem"))
                    .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                            .description("The HTTP status code"))
                    .addProperty("detail", string("What went wrong with this request"))
                    .addProperty("instance", string("The path of the request"))
                    .addProperty("field", string("The request field at fault, when there is one"))
                    .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .description("Each failed validation").items(violation));
        }

        private static Schema string(String description) {
            return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
        }
    }
}
