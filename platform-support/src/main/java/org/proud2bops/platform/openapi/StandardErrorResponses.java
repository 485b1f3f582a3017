package org.proud2bops.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.proud2bops.platform.http.VersionTags;
import org.proud2bops.platform.idempotency.IdempotentRequests;

/**
 * Declares, on every operation, what the platform's shared code makes it do: the problem responses it can return
 * (and only those: a 412 only where If-Match is read, a 404 only where a path names something), the headers those
 * responses carry, and one {@code Problem} schema for every error. What an operation reads is known from the
 * parameters it declares, so the document cannot drift from the code that produces the answers.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardErrorResponses implements OASFilter {

    /** Schemas the problem-details extension publishes, replaced by {@link ProblemSchema}. */
    private static final List<String> EXTENSION_SCHEMAS = List.of("HttpProblem", "HttpValidationProblem", "Violation");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        EXTENSION_SCHEMAS.forEach(openAPI.getComponents()::removeSchema);
        openAPI.getComponents().addSchema(ProblemSchema.NAME, ProblemSchema.problem());
        openAPI.getComponents().addSchema(ProblemSchema.VIOLATION_NAME, ProblemSchema.violation());
        PageSchemas.rename(openAPI);
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations()
                        .forEach((method, operation) -> declareConventions(method, path, operation)));
    }

    private static void declareConventions(PathItem.HttpMethod method, String path, Operation operation) {
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        Set<String> readsHeaders = headerParameters(operation);
        boundConventionHeaders(operation);
        Map<String, String> errors = errorsOf(path, operation, readsHeaders);
        ProblemTypes.takeDeclared(operation)
                .forEach((status, types) ->
                        errors.merge(status, types, (convention, declared) -> declared + "; or " + convention));
        addErrors(errors, responses);
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
        declareHeaders(method, responses, readsHeaders);
        giveHeadersASchema(responses);
        operation.setResponses(responses);
        if (operation.getSecurity() == null) {
            // Operations that declare no requirement are public; saying so explicitly keeps the contract unambiguous.
            operation.setSecurity(new ArrayList<>());
        }
    }

    private static Map<String, String> errorsOf(String path, Operation operation, Set<String> readsHeaders) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean hasBody = operation.getRequestBody() != null;
        // Every operation: a control character anywhere in the path or query is refused (RequestScreening)
        errors.put("400", "A parameter, header or body field is malformed or fails validation; the problem names it");
        if (acceptsToken(operation)) {
            errors.put("401", "No bearer token, or one that fails verification (signature, issuer, audience, expiry)");
        }
        if (requiresToken(operation)) {
            errors.put("403", "The token is valid but does not carry the right this operation needs");
        }
        if (path.contains("{")) {
            errors.put("404", "No such resource, or not visible to you");
        }
        if (readsHeaders.contains(IdempotentRequests.HEADER.toLowerCase())) {
            errors.put("409", "Conflicts with existing data, or the same Idempotency-Key is still in flight");
            errors.put("422", "The Idempotency-Key was already used with a different request");
        }
        if (readsHeaders.contains(VersionTags.IF_MATCH.toLowerCase())) {
            errors.put("412", "The resource changed since the ETag in If-Match was read");
            errors.put("428", "If-Match is required");
        }
        if (hasBody) {
            errors.put("413", "The body is over the size limit");
            errors.put("415", "The body is not of a media type this operation takes");
        }
        errors.put("414", "The URL is longer than the platform accepts");
        errors.put("431", "The request's headers are over the size limit");
        errors.put("500", "Unexpected failure; the problem carries no internal details");
        return errors;
    }

    private static void addErrors(Map<String, String> errors, APIResponses responses) {
        errors.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
    }

    private static void declareHeaders(PathItem.HttpMethod method, APIResponses responses, Set<String> readsHeaders) {
        boolean conditionalRead = readsHeaders.contains(VersionTags.IF_NONE_MATCH.toLowerCase());
        boolean versionedUpdate = readsHeaders.contains(VersionTags.IF_MATCH.toLowerCase());
        if (conditionalRead && !responses.hasAPIResponse("304")) {
            responses.addAPIResponse(
                    "304",
                    OASFactory.createAPIResponse()
                            .description("Not modified: an ETag in If-None-Match is still current"));
        }
        responses.getAPIResponses().forEach((status, response) -> {
            switch (status) {
                case "200" -> {
                    if (conditionalRead || versionedUpdate) {
                        addHeader(
                                response,
                                "ETag",
                                "The version of what the body shows; send it in If-Match to change it",
                                true);
                    }
                    if (PageSchemas.isPage(response)) {
                        addHeader(response, "Link", "RFC 8288 links to the first, previous, next and last pages", true);
                    }
                }
                case "201" -> {
                    addHeader(response, "Location", "Where the new resource is", true);
                    addHeader(
                            response, "ETag", "The new resource's version, when it is one that can be changed", false);
                }
                case "304" -> addHeader(response, "ETag", "The version you already hold", true);
                case "401" -> addHeader(response, "WWW-Authenticate", "The bearer challenge (RFC 6750)", true);
                default -> {}
            }
        });
        if (readsHeaders.contains(IdempotentRequests.HEADER.toLowerCase())) {
            responses.getAPIResponses().entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith("2"))
                    .forEach(entry -> entry.getValue()
                            .addHeader(
                                    IdempotentRequests.REPLAYED_HEADER,
                                    OASFactory.createHeader()
                                            .description("true when this is the stored outcome of an earlier "
                                                    + "request with the same Idempotency-Key")
                                            .schema(stringSchema())));
        }
    }

    /** The shared code refuses longer values of the headers it reads; the document says how long they may be. */
    private static void boundConventionHeaders(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(parameter -> parameter.getIn() == Parameter.In.HEADER)
                .forEach(parameter -> {
                    String name = parameter.getName();
                    // Other headers (Accept-Language, If-Modified-Since, ...) keep the bounds their parameter declares
                    Integer maximum = null;
                    if (name.equalsIgnoreCase(IdempotentRequests.HEADER)) {
                        maximum = IdempotentRequests.MAX_KEY_LENGTH;
                    } else if (name.equalsIgnoreCase(VersionTags.IF_MATCH)
                            || name.equalsIgnoreCase(VersionTags.IF_NONE_MATCH)) {
                        maximum = VersionTags.MAX_HEADER_LENGTH;
                    }
                    if (maximum != null) {
                        parameter.setSchema(stringSchema().minLength(1).maxLength(maximum));
                    }
                });
    }

    /** OpenAPI 3.1 wants a schema on every header; the ones declared by hand often name only a description. */
    private static void giveHeadersASchema(APIResponses responses) {
        responses.getAPIResponses().values().stream()
                .filter(response -> response.getHeaders() != null)
                .flatMap(response -> response.getHeaders().values().stream())
                .filter(header -> header.getSchema() == null && header.getContent() == null)
                .forEach(header -> header.setSchema(stringSchema()));
    }

    private static void addHeader(APIResponse response, String name, String description, boolean required) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            Header header = OASFactory.createHeader()
                    .description(description)
                    .required(required)
                    .schema(stringSchema());
            response.addHeader(name, header);
        }
    }

    private static Set<String> headerParameters(Operation operation) {
        Set<String> names = new TreeSet<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .filter(parameter -> parameter.getIn() == Parameter.In.HEADER)
                    .forEach(parameter -> names.add(parameter.getName().toLowerCase()));
        }
        return names;
    }

    /** Public operations that show more to a signed-in caller list an anonymous requirement beside the bearer one. */
    private static boolean acceptsToken(Operation operation) {
        return operation.getSecurity() != null
                && operation.getSecurity().stream()
                        .anyMatch(requirement -> requirement.getSchemes() != null
                                && !requirement.getSchemes().isEmpty());
    }

    private static boolean requiresToken(Operation operation) {
        return acceptsToken(operation) && operation.getSecurity().stream().noneMatch(StandardErrorResponses::anonymous);
    }

    private static boolean anonymous(SecurityRequirement requirement) {
        return requirement.getSchemes() == null || requirement.getSchemes().isEmpty();
    }

    private static Schema stringSchema() {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING));
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(ProblemSchema.REF)));
    }
}
