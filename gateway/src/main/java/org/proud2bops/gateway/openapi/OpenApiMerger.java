package org.proud2bops.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proud2bops.gateway.routing.OperationRoute;

/**
 * Merges the services' OpenAPI documents into one. Nothing is silently overwritten: a path or operationId that a
 * second service also declares is left out and reported; a schema of the same name but another shape is renamed
 * (prefixed with the service name, references rewritten) and reported.
 */
public class OpenApiMerger {

    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final Map<String, String> GATEWAY_RESPONSES = Map.of(
            "429", "This client sent more requests than its budget allows; retry after Retry-After seconds",
            "503", "The service behind this operation is unavailable; retry after Retry-After seconds",
            "504", "The service behind this operation did not answer in time");
    private static final Map<String, String> GATEWAY_BODY_RESPONSES = Map.of(
            "411", "A request body must be sent with Content-Length",
            "413", "The request body is larger than the gateway accepts");

    /** The scheme Swagger UI signs people in with; every operation that takes a bearer token accepts it. */
    static final String SIGN_IN_SCHEME = "signIn";

    private static final String BEARER_SCHEME = "bearer";

    private final ObjectMapper mapper;
    private final String publicUrl;
    private final String signInDiscoveryUrl;

    public OpenApiMerger(ObjectMapper mapper, String publicUrl, String signInDiscoveryUrl) {
        this.mapper = mapper;
        this.signInDiscoveryUrl = signInDiscoveryUrl;
        this.publicUrl = publicUrl;
    }

    public MergedApi merge(List<ServiceDocument> documents) {
        Merge merge = new Merge();
        documents.forEach(document -> document.document()
                .ifPresentOrElse(
                        openApi -> merge.add(document.service(), openApi),
                        () -> merge.unavailable.put(document.service(), document.unavailableReason())));
        return new MergedApi(merge.build(), merge.routes, merge.unavailable, merge.conflicts, List.of());
    }

    private final class Merge {

        final ObjectNode paths = mapper.createObjectNode();
        final ObjectNode schemas = mapper.createObjectNode();
        final ObjectNode securitySchemes = mapper.createObjectNode();
        final ArrayNode tags = mapper.createArrayNode();
        final Set<String> tagNames = new HashSet<>();
        final Map<String, String> operationOwners = new HashMap<>();
        final Map<String, String> pathOwners = new HashMap<>();
        final List<OperationRoute> routes = new ArrayList<>();
        final List<String> conflicts = new ArrayList<>();
        final List<String> included = new ArrayList<>();
        final Map<String, String> unavailable = new LinkedHashMap<>();
        String openapiVersion = "3.1.0";

        void add(String service, ObjectNode original) {
            ObjectNode document = original.deepCopy();
            included.add(service);
            openapiVersion = document.path("openapi").asText(openapiVersion);
            mergeSchemas(service, document);
            mergeSecuritySchemes(service, document);
            mergeTags(document);
            mergePaths(service, document);
        }

        private void mergeSchemas(String service, ObjectNode document) {
            Map<String, String> renames = new HashMap<>();
            document.path("components").path("schemas").properties().forEach(entry -> {
                JsonNode existing = schemas.get(entry.getKey());
                if (existing != null && !existing.equals(entry.getValue())) {
                    String renamed = capitalise(service) + entry.getKey();
                    renames.put(SCHEMA_REF_PREFIX + entry.getKey(), SCHEMA_REF_PREFIX + renamed);
                    conflicts.add("schema " + entry.getKey() + " of " + service + " differs from one already merged;"
                            + " included as " + renamed);
                }
            });
            rewriteRefs(document, renames);
            document.path("components").path("schemas").properties().forEach(entry -> {
                String name = renames.containsKey(SCHEMA_REF_PREFIX + entry.getKey())
                        ? capitalise(service) + entry.getKey()
                        : entry.getKey();
                schemas.set(name, entry.getValue());
            });
        }

        private void mergeSecuritySchemes(String service, ObjectNode document) {
            document.path("components").path("securitySchemes").properties().forEach(entry -> {
                JsonNode existing = securitySchemes.get(entry.getKey());
                if (existing == null) {
                    securitySchemes.set(entry.getKey(), entry.getValue());
                } else if (!existing.equals(entry.getValue())) {
                    conflicts.add("security scheme " + entry.getKey() + " of " + service
                            + " differs from one already merged; the first is kept");
                }
            });
        }

        private void mergeTags(ObjectNode document) {
            document.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
        }

        private void mergePaths(String service, ObjectNode document) {
            document.path("paths").properties().forEach(entry -> {
                String path = entry.getKey();
                String owner = pathOwners.get(path);
                if (owner != null) {
                    conflicts.add("path " + path + " is declared by " + owner + " and " + service + "; " + service
                            + "'s is left out");
                    return;
                }
                ObjectNode pathItem = ((ObjectNode) entry.getValue()).deepCopy();
                dropDuplicateOperationIds(service, path, pathItem);
                if (pathItem.properties().stream().noneMatch(field -> HTTP_METHODS.contains(field.getKey()))) {
                    return;
                }
                pathOwners.put(path, service);
                declareGatewayResponses(pathItem);
                paths.set(path, pathItem);
                pathItem.properties().stream()
                        .filter(field -> HTTP_METHODS.contains(field.getKey()))
                        .forEach(operation -> routes.add(OperationRoute.of(
                                operation.getKey(), path, service, queryMaximums(operation.getValue()))));
            });
        }

        /** Any routed operation can also meet the gateway's own answers for an unreachable or slow service. */
        private void declareGatewayResponses(ObjectNode pathItem) {
            pathItem.properties().stream()
                    .filter(field -> HTTP_METHODS.contains(field.getKey()))
                    .forEach(field -> {
                        ObjectNode operation = (ObjectNode) field.getValue();
                        ObjectNode responses = operation.withObjectProperty("responses");
                        GATEWAY_RESPONSES.forEach(
                                (status, description) -> declareProblem(responses, status, description));
                        if (!queryMaximums(operation).isEmpty()) {
                            declareProblem(
                                    responses, "400", "A query parameter is above the maximum the operation declares");
                        }
                        if (operation.has("requestBody")) {
                            GATEWAY_BODY_RESPONSES.forEach(
                                    (status, description) -> declareProblem(responses, status, description));
                        }
                    });
        }

        private static void declareProblem(ObjectNode responses, String status, String description) {
            if (!responses.has(status)) {
                ObjectNode response = responses.putObject(status).put("description", description);
                response.putObject("content")
                        .putObject("application/problem+json")
                        .putObject("schema")
                        .put("$ref", SCHEMA_REF_PREFIX + "Problem");
                if (status.equals("429") || status.equals("503")) {
                    response.putObject("headers")
                            .putObject("Retry-After")
                            .put("description", "Seconds to wait before trying again")
                            .put("required", true)
                            .putObject("schema")
                            .put("type", "integer")
                            .put("minimum", 1);
                }
            }
        }

        /** The declared upper bounds of integer query parameters, such as a page size, which the gateway enforces. */
        private static Map<String, Long> queryMaximums(JsonNode operation) {
            Map<String, Long> maximums = new HashMap<>();
            operation.path("parameters").forEach(parameter -> {
                JsonNode maximum = parameter.path("schema").path("maximum");
                if ("query".equals(parameter.path("in").asText()) && maximum.canConvertToLong()) {
                    maximums.put(parameter.path("name").asText(), maximum.asLong());
                }
            });
            return maximums;
        }

        private void dropDuplicateOperationIds(String service, String path, ObjectNode pathItem) {
            Iterator<Map.Entry<String, JsonNode>> operations = pathItem.fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (!HTTP_METHODS.contains(operation.getKey())) {
                    continue;
                }
                String operationId = operation.getValue().path("operationId").asText(null);
                if (operationId == null) {
                    continue;
                }
                String owner = operationOwners.putIfAbsent(operationId, service);
                if (owner != null) {
                    conflicts.add("operationId " + operationId + " is used by " + owner + " and " + service + "; "
                            + operation.getKey().toUpperCase() + " " + path + " of " + service + " is left out");
                    operations.remove();
                }
            }
        }

        ObjectNode build() {
            ObjectNode document = mapper.createObjectNode();
            document.put("openapi", openapiVersion);
            ObjectNode info = document.putObject("info");
            info.put("title", "Proud2bOps platform API");
            info.put("version", "1.0.0");
            info.put("description", description());
            info.putObject("license").put("name", "Proprietary").put("identifier", "LicenseRef-Proud2bOps");
            document.putArray("servers").addObject().put("url", publicUrl).put("description", "Gateway");
            document.set("tags", tags);
            document.set("paths", paths);
            ObjectNode components = document.putObject("components");
            components.set("schemas", schemas);
            if (securitySchemes.has(BEARER_SCHEME)) {
                offerSignIn();
            }
            if (!securitySchemes.isEmpty()) {
                components.set("securitySchemes", securitySchemes);
            }
            ObjectNode report = document.putObject("x-merge-report");
            report.set("includedServices", mapper.valueToTree(included));
            report.set("unavailableServices", mapper.valueToTree(unavailable));
            report.set("conflicts", mapper.valueToTree(conflicts));
            return document;
        }

        /** Whoever may send a bearer token may also sign in through the identity provider to get one. */
        private void offerSignIn() {
            securitySchemes
                    .putObject(SIGN_IN_SCHEME)
                    .put("type", "openIdConnect")
                    .put("openIdConnectUrl", signInDiscoveryUrl)
                    .put(
                            "description",
                            "Sign in through the platform's identity provider (authorization code with "
                                    + "PKCE); the access token it gives is sent as a bearer token");
            paths.properties()
                    .forEach(path -> path.getValue().properties().stream()
                            .filter(field -> HTTP_METHODS.contains(field.getKey()))
                            .map(field -> field.getValue().path("security"))
                            .filter(security -> security instanceof ArrayNode requirements
                                    && requirements
                                            .valueStream()
                                            .anyMatch(requirement -> requirement.has(BEARER_SCHEME)))
                            .forEach(security ->
                                    ((ArrayNode) security).addObject().putArray(SIGN_IN_SCHEME)));
        }

        private String description() {
            StringBuilder text = new StringBuilder("The whole Proud2bOps platform behind one gateway. "
                    + "Errors are RFC 9457 problem details (application/problem+json). Included services: "
                    + String.join(", ", included) + ".");
            unavailable.forEach((service, reason) -> text.append(" Not included, currently unavailable: ")
                    .append(service)
                    .append(" (")
                    .append(reason)
                    .append(")."));
            if (!conflicts.isEmpty()) {
                text.append(" Merge conflicts: ")
                        .append(String.join("; ", conflicts))
                        .append('.');
            }
            return text.toString();
        }
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && renames.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            }
            object.forEach(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, renames));
        }
    }

    private static String capitalise(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
