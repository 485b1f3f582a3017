package org.proud2bops.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An OpenAPI 3.1 document used as the contract for live responses: finds the operation a request addressed and
 * lists every way a response breaks what the document promises for it (status, headers, media type, body schema).
 * Bodies are checked with a JSON Schema 2020-12 validator, the dialect OpenAPI 3.1 schemas are written in.
 */
public final class OpenApiContract {

    /** Headers whose presence is part of the contract: a response carrying one must declare it. */
    private static final List<String> CONTRACT_HEADERS = List.of(
            "ETag",
            "Location",
            "Link",
            "Retry-After",
            "WWW-Authenticate",
            "Content-Disposition",
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset",
            "RateLimit-Policy");
    /** Request headers an operation honours only where it declares them. */
    private static final List<String> CONDITIONAL_REQUEST_HEADERS =
            List.of("If-Match", "If-None-Match", "Idempotency-Key");

    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String DOCUMENT_URI = "https://contract.proud2bops.test/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final List<PathTemplate> paths;
    private final JsonSchemaFactory schemas;
    private final SchemaValidatorsConfig validatorConfig =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private OpenApiContract(String documentJson) throws IOException {
        this.document = JSON.readTree(documentJson);
        this.paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> paths.add(PathTemplate.of(path)));
        paths.sort(Comparator.comparingInt(PathTemplate::literalSegments).reversed());
        this.schemas = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_URI, documentJson))));
    }

    public static OpenApiContract parse(String documentJson) {
        try {
            return new OpenApiContract(documentJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("the OpenAPI document is not JSON", e);
        }
    }

    /** Reads an OpenAPI document over HTTP (outside rest-assured, so the read is not itself validated). */
    public static OpenApiContract fetch(String url) {
        // HTTP/1.1 without an h2c upgrade, and a timeout: a fetch never hangs a test run
        try (HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(java.time.Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no OpenAPI document at " + url + ": " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("could not read the OpenAPI document at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading " + url, e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** Every operation the document declares, by path and method in document order. */
    public List<DocumentedOperation> operations() {
        List<DocumentedOperation> operations = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (HTTP_METHODS.contains(method.getKey())) {
                        operations.add(new DocumentedOperation(
                                method.getKey().toUpperCase(Locale.ROOT), path.getKey(), method.getValue()));
                    }
                }));
        return operations;
    }

    /** The documented operation for a method and a raw request path, if the document has one. */
    public Optional<DocumentedOperation> operation(String method, String rawPath) {
        String lookup = "HEAD".equalsIgnoreCase(method) ? "get" : method.toLowerCase(Locale.ROOT);
        return paths.stream()
                .filter(template -> template.matches(rawPath))
                .filter(template -> document.path("paths").path(template.path()).has(lookup))
                .findFirst()
                .map(template -> new DocumentedOperation(
                        method.toUpperCase(Locale.ROOT),
                        template.path(),
                        document.path("paths").path(template.path()).get(lookup)));
    }

    /** Every way the exchange breaks the operation's contract; empty when it keeps it. */
    public List<String> violations(DocumentedOperation operation, ObservedExchange exchange) {
        List<String> violations = new ArrayList<>();
        String where = operation.method() + " " + operation.path() + " -> " + exchange.status();
        for (String header : CONDITIONAL_REQUEST_HEADERS) {
            if (exchange.requestHeader(header).isPresent() && !operation.declaresRequestHeader(header)) {
                violations.add(where + ": the request sent " + header + ", which the operation does not declare");
            }
        }
        JsonNode response = operation.response(exchange.status());
        if (response == null) {
            violations.add(where + ": status " + exchange.status() + " is not documented");
            return violations;
        }
        response = resolve(response);
        checkHeaders(where, response, exchange, violations);
        checkBody(where, response, exchange, operation.method(), violations);
        return violations;
    }

    /**
     * Violations of a response to a path the document does not have: only a problem may answer it, saying there is
     * no such operation (404, 405) or, at the gateway, that the service owning the path is down (503).
     */
    public List<String> undocumentedPathViolations(String method, String rawPath, ObservedExchange exchange) {
        String where = method + " " + rawPath + " -> " + exchange.status();
        if (!Set.of(404, 405, 503).contains(exchange.status())) {
            return List.of(where + ": no documented operation, yet the answer is not 404, 405 or 503");
        }
        List<String> violations = new ArrayList<>();
        validateJson(where, "#/components/schemas/Problem", exchange, violations);
        return violations;
    }

    private void checkHeaders(String where, JsonNode response, ObservedExchange exchange, List<String> violations) {
        JsonNode declared = response.path("headers");
        for (String header : CONTRACT_HEADERS) {
            if (exchange.responseHeader(header).isPresent() && findIgnoringCase(declared, header) == null) {
                violations.add(where + ": the response carries " + header + ", which is not declared");
            }
        }
        declared.fieldNames().forEachRemaining(name -> {
            JsonNode header = resolve(declared.get(name));
            if (header.path("required").asBoolean(false)
                    && exchange.responseHeader(name).isEmpty()) {
                violations.add(where + ": the required header " + name + " is missing");
            }
        });
    }

    private void checkBody(
            String where, JsonNode response, ObservedExchange exchange, String method, List<String> violations) {
        JsonNode content = response.path("content");
        if (exchange.body().length == 0) {
            if (!content.isEmpty() && !"HEAD".equals(method)) {
                violations.add(where + ": the document promises a body, the response has none");
            }
            return;
        }
        if ("HEAD".equals(method)) {
            violations.add(where + ": a HEAD response carries a body");
            return;
        }
        String mediaType = exchange.contentType().orElse("");
        JsonNode media = content.get(mediaType);
        if (media == null) {
            violations.add(where + ": media type '" + mediaType + "' is not documented (documented: "
                    + fieldNames(content) + ")");
            return;
        }
        if (isJson(mediaType) && media.has("schema")) {
            validateJson(where, media.get("schema"), exchange, violations);
        }
    }

    private void validateJson(String where, Object schemaOrRef, ObservedExchange exchange, List<String> violations) {
        JsonNode body;
        try {
            body = JSON.readTree(exchange.body());
        } catch (IOException e) {
            violations.add(where + ": the body is not JSON");
            return;
        }
        JsonSchema schema = schemaOrRef instanceof String ref
                ? compile(JSON.createObjectNode().put("$ref", ref))
                : compile((JsonNode) schemaOrRef);
        Set<ValidationMessage> messages = schema.validate(body);
        messages.forEach(message -> violations.add(where + ": " + message.getMessage()));
    }

    private JsonSchema compile(JsonNode schema) {
        return compiled.computeIfAbsent(schema.toString(), key -> {
            JsonNode absolute = withAbsoluteReferences(schema.deepCopy());
            return schemas.getSchema(
                    SchemaLocation.of("urn:contract:schema:" + compiled.size()), absolute, validatorConfig);
        });
    }

    private static JsonNode withAbsoluteReferences(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asText().startsWith("#/")) {
                object.put("$ref", DOCUMENT_URI + ref.asText());
            }
            object.properties().forEach(entry -> withAbsoluteReferences(entry.getValue()));
        } else if (node.isArray()) {
            node.forEach(OpenApiContract::withAbsoluteReferences);
        }
        return node;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    static JsonNode findIgnoringCase(JsonNode object, String name) {
        for (var names = object.fieldNames(); names.hasNext(); ) {
            String candidate = names.next();
            if (candidate.equalsIgnoreCase(name)) {
                return object.get(candidate);
            }
        }
        return null;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A documented path such as {@code /api/members/{memberId}} as a matcher for raw request paths. */
    record PathTemplate(String path, Pattern pattern, int literalSegments) {

        private static final Pattern VARIABLE = Pattern.compile("\\{[^}/]+}");

        static PathTemplate of(String path) {
            StringBuilder regex = new StringBuilder();
            var variables = VARIABLE.matcher(path);
            int literalEnd = 0;
            while (variables.find()) {
                regex.append(Pattern.quote(path.substring(literalEnd, variables.start())))
                        .append("[^/]+");
                literalEnd = variables.end();
            }
            regex.append(Pattern.quote(path.substring(literalEnd)));
            long literals = java.util.Arrays.stream(path.split("/"))
                    .filter(s -> !s.isEmpty() && !s.contains("{"))
                    .count();
            return new PathTemplate(path, Pattern.compile(regex.toString()), (int) literals);
        }

        boolean matches(String rawPath) {
            return pattern.matcher(rawPath).matches();
        }
    }
}
