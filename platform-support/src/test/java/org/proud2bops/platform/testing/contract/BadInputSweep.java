package org.proud2bops.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.proud2bops.platform.problem.ProblemType;

/**
 * Sends every operation of an OpenAPI document the kinds of bad input a fuzzer finds, and lists each answer that is
 * not a client error with a catalogued problem body that the document promises for the operation: malformed JSON, JSON of the wrong shape, duplicate keys,
 * control characters in path, query and body, oversized bodies, URLs and headers, non-numeric and fractional numbers
 * in the query, a truncated multipart body, a malformed id in a path, the wrong media type. It also sends HEAD
 * wherever GET is documented. Requests go over a raw socket ({@link RawHttp}), outside rest-assured's contract
 * filter: several of these answers (413, 414, 431) are the server's, not any one operation's.
 */
public final class BadInputSweep {

    /** Larger than any body limit of the platform; the sweep sends only the first bytes of it. */
    private static final long OVERSIZED_BODY = 1L << 30;

    private static final int OVERSIZED_URL = 12_000;
    private static final int OVERSIZED_HEADER = 24_000;
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");
    private static final Set<Integer> AUTH_FIRST = Set.of(401, 403);
    private static final Set<String> CATALOGUE = Arrays.stream(ProblemType.values())
            .map(type -> type.uri().toString())
            .collect(Collectors.toSet());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiContract contract;
    private final JsonNode document;
    private final SchemaSamples samples;
    private final RawHttp http;
    private final String caller;
    private final String authorization;

    private BadInputSweep(OpenApiContract contract, RawHttp http, String caller, String authorization) {
        this.contract = contract;
        this.document = contract.document();
        this.samples = new SchemaSamples(document);
        this.http = http;
        this.caller = caller;
        this.authorization = authorization;
    }

    /** A sweep of the document's operations at host:port, anonymously. */
    public static BadInputSweep of(OpenApiContract contract, String host, int port) {
        return new BadInputSweep(contract, new RawHttp(host, port), "anonymous", null);
    }

    /** A sweep of the @QuarkusTest application under test, read from its own document. */
    public static BadInputSweep ofApplicationUnderTest() {
        return of(
                OpenApiContract.fetch(ContractValidation.documentUrl()), "localhost", io.restassured.RestAssured.port);
    }

    /** The same sweep with an {@code Authorization} header, so authorization does not answer before parsing. */
    public BadInputSweep as(String callerName, String authorizationHeader) {
        return new BadInputSweep(contract, http, callerName, authorizationHeader);
    }

    public SweepReport run() {
        SweepReport report = new SweepReport(caller);
        document.path("paths")
                .properties()
                .forEach(path -> METHODS.forEach(method -> {
                    JsonNode operation = path.getValue().path(method);
                    if (!operation.isMissingNode()) {
                        probesFor(method.toUpperCase(Locale.ROOT), path.getKey(), operation)
                                .forEach(probe -> report.record(probe, send(probe)));
                    }
                }));
        return report;
    }

    private Outcome send(Probe probe) {
        Map<String, String> headers = new LinkedHashMap<>(probe.headers());
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        try {
            RawHttp.Answer answer =
                    http.send(probe.method(), probe.target(), headers, probe.body(), probe.declaredLength());
            Outcome outcome = judge(probe, answer);
            return outcome.failure() == null ? keepsTheContract(probe, headers, answer, outcome) : outcome;
        } catch (RawHttp.NoCompleteAnswer e) {
            return new Outcome(0, false, e.getMessage());
        }
    }

    /** The answer must also be one the document promises for the operation (its status, headers and body). */
    private Outcome keepsTheContract(Probe probe, Map<String, String> headers, RawHttp.Answer answer, Outcome outcome) {
        String rawPath = probe.target().split("\\?", 2)[0];
        ObservedExchange exchange = new ObservedExchange(headers, answer.status(), answer.headers(), answer.body());
        List<String> violations = contract.operation(probe.method(), rawPath)
                .map(operation -> contract.violations(operation, exchange))
                .orElseGet(() -> List.of("no documented operation for " + probe.method() + " " + rawPath));
        return violations.isEmpty()
                ? outcome
                : new Outcome(outcome.status(), outcome.problemBody(), "breaks the contract: " + violations.getFirst());
    }

    private static Outcome judge(Probe probe, RawHttp.Answer answer) {
        int status = answer.status();
        if ("HEAD".equals(probe.method())) {
            boolean failed = status >= 500 || status == 405;
            return new Outcome(status, true, failed ? "HEAD of a documented GET answered " + status : null);
        }
        boolean problemBody = isCataloguedProblem(answer);
        if (status >= 500) {
            return new Outcome(status, problemBody, "a server error");
        }
        if (status < 400) {
            return new Outcome(status, problemBody, "accepted a broken request");
        }
        if (!problemBody) {
            return new Outcome(status, false, "no application/problem+json body with a catalogued type");
        }
        boolean authorizationFirst = !probe.exact() && AUTH_FIRST.contains(status);
        if (!probe.expected().isEmpty() && !probe.expected().contains(status) && !authorizationFirst) {
            return new Outcome(status, true, "expected " + probe.expected());
        }
        if (status == 400 && probe.namedParameter() != null && !names(answer, probe.namedParameter())) {
            return new Outcome(status, true, "the problem does not name the parameter " + probe.namedParameter());
        }
        return new Outcome(status, true, null);
    }

    private static boolean isCataloguedProblem(RawHttp.Answer answer) {
        if (!answer.header("Content-Type").orElse("").startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            return body != null
                    && CATALOGUE.contains(body.path("type").asText())
                    && body.path("status").asInt() == answer.status();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean names(RawHttp.Answer answer, String parameter) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            if (parameter.equals(body.path("field").asText())) {
                return true;
            }
            for (JsonNode violation : body.path("violations")) {
                if (parameter.equals(violation.path("field").asText())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private List<Probe> probesFor(String method, String template, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> parameters.add(samples.resolve(parameter)));
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> requiredQuery = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String value = validValue(parameter.path("schema"));
            if ("path".equals(parameter.path("in").asText())) {
                pathValues.put(parameter.path("name").asText(), value);
            } else if ("query".equals(parameter.path("in").asText())
                    && parameter.path("required").asBoolean(false)) {
                requiredQuery.put(parameter.path("name").asText(), value);
            }
        }
        String validPath = fill(template, pathValues);
        String validTarget = withQuery(validPath, requiredQuery);
        List<Probe> probes = new ArrayList<>();
        String what = method + " " + template;

        probes.add(Probe.exact(
                what + " with a " + OVERSIZED_URL + "-character URL",
                method,
                validTarget + (requiredQuery.isEmpty() ? "?" : "&") + "padding=" + "a".repeat(OVERSIZED_URL),
                Map.of(),
                414));
        probes.add(new Probe(
                what + " with a " + OVERSIZED_HEADER + "-byte header",
                method,
                validTarget,
                Map.of("X-Padding", "a".repeat(OVERSIZED_HEADER)),
                null,
                -1,
                Set.of(431),
                true,
                null));

        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            JsonNode schema = samples.resolve(parameter.path("schema"));
            switch (parameter.path("in").asText()) {
                case "path" -> {
                    String valid = pathValues.get(name);
                    for (String control : List.of("%00", "%1F")) {
                        probes.add(Probe.of(
                                what + " with " + control + " in path parameter " + name,
                                method,
                                withQuery(fill(template, with(pathValues, name, valid + control)), requiredQuery),
                                Set.of(400),
                                null));
                    }
                    malformed(schema)
                            .ifPresent(bad -> probes.add(Probe.of(
                                    what + " with a malformed path parameter " + name,
                                    method,
                                    withQuery(fill(template, with(pathValues, name, bad)), requiredQuery),
                                    Set.of(400),
                                    null)));
                }
                case "query" -> {
                    for (String control : List.of("%00", "%07")) {
                        probes.add(Probe.of(
                                what + " with " + control + " in query parameter " + name,
                                method,
                                withQuery(validPath, with(requiredQuery, name, "a" + control)),
                                Set.of(400),
                                null));
                    }
                    for (String bad : malformedQueryValues(schema)) {
                        probes.add(Probe.of(
                                what + " with query parameter " + name + "=" + bad,
                                method,
                                withQuery(validPath, with(requiredQuery, name, encode(bad))),
                                Set.of(400),
                                name));
                    }
                }
                default -> {}
            }
        }
        if ("GET".equals(method)) {
            probes.add(Probe.of("HEAD " + template, "HEAD", validTarget, Set.of(), null));
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.isEmpty()) {
            String mediaType = content.fieldNames().next();
            probes.add(new Probe(
                    what + " with a body announced as " + OVERSIZED_BODY + " bytes",
                    method,
                    validTarget,
                    Map.of("Content-Type", mediaType),
                    "{".getBytes(StandardCharsets.UTF_8),
                    OVERSIZED_BODY,
                    Set.of(413),
                    true,
                    null));
            probes.add(body(what + " with a text/plain body", method, validTarget, "text/plain", "sweep", Set.of(415)));
            if (mediaType.equals("application/json")) {
                probes.addAll(jsonBodyProbes(
                        what, method, validTarget, content.get(mediaType).path("schema")));
            } else if (mediaType.startsWith("multipart/")) {
                String truncated = "--sweep\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 and then noth";
                probes.add(body(
                        what + " with a truncated multipart body",
                        method,
                        validTarget,
                        "multipart/form-data; boundary=sweep",
                        truncated,
                        Set.of(400)));
            }
        }
        return probes;
    }

    private List<Probe> jsonBodyProbes(String what, String method, String target, JsonNode bodySchema) {
        List<Probe> probes = new ArrayList<>();
        JsonNode schema = samples.resolve(bodySchema);
        JsonNode valid = samples.valid(schema);
        Set<Integer> badBody = Set.of(400);
        probes.add(json(what + " with malformed JSON", method, target, "{\"", badBody));
        probes.add(json(what + " with a JSON array for an object", method, target, "[]", badBody));
        probes.add(json(what + " with a JSON string for an object", method, target, "\"sweep\"", badBody));
        if (!(valid instanceof ObjectNode object)) {
            return probes;
        }
        String firstKey = object.fieldNames().hasNext() ? object.fieldNames().next() : "sweep";
        JsonNode firstValue = object.has(firstKey)
                ? object.get(firstKey)
                : JSON.getNodeFactory().textNode("a");
        String body = object.toString();
        String duplicated = "{\"" + firstKey + "\":" + firstValue
                + (body.length() > 2 ? "," + body.substring(1) : ",\"" + firstKey + "\":" + firstValue + "}");
        probes.add(json(what + " with the key " + firstKey + " twice", method, target, duplicated, badBody));
        schema.path("properties").properties().forEach(property -> {
            JsonNode propertySchema = samples.resolve(property.getValue());
            if (propertySchema.path("readOnly").asBoolean(false)) {
                return;
            }
            String name = property.getKey();
            for (JsonNode wrong : wrongShapes(propertySchema)) {
                ObjectNode broken = object.deepCopy();
                broken.set(name, wrong);
                probes.add(json(what + " with " + name + "=" + wrong, method, target, broken.toString(), badBody));
            }
        });
        return probes;
    }

    /** Values of the wrong JSON type for a schema: what lenient binding would coerce rather than refuse. */
    private List<JsonNode> wrongShapes(JsonNode schema) {
        var nodes = JSON.getNodeFactory();
        if (schema.has("enum")) {
            return List.of(nodes.numberNode(0), nodes.textNode("NOT_ONE_OF_THEM"));
        }
        return switch (SchemaSamples.type(schema)) {
            case "string" ->
                switch (schema.path("format").asText()) {
                    case "date-time", "date" ->
                        List.of(nodes.numberNode(1_930_000_000L), nodes.textNode("next tuesday"));
                    case "uuid" -> List.of(nodes.numberNode(7), nodes.textNode("not-a-uuid"));
                    default ->
                        List.of(
                                nodes.numberNode(12345),
                                nodes.booleanNode(true),
                                nodes.arrayNode(),
                                nodes.textNode("control\u0000character"));
                };
            case "integer" -> List.of(nodes.textNode("12"), nodes.numberNode(1.5), nodes.booleanNode(true));
            case "number" -> List.of(nodes.textNode("twelve"), nodes.booleanNode(true));
            case "boolean" -> List.of(nodes.textNode("true"), nodes.numberNode(1));
            case "array" -> List.of(nodes.objectNode(), nodes.textNode("sweep"));
            case "object" -> List.of(nodes.arrayNode(), nodes.numberNode(1));
            default -> List.of();
        };
    }

    private static List<String> malformedQueryValues(JsonNode schema) {
        if (schema.has("enum")) {
            return List.of("NOT_ONE_OF_THEM");
        }
        return switch (SchemaSamples.type(schema)) {
            case "integer" -> List.of("abc", "1.5", "99999999999999999999");
            case "number" -> List.of("abc");
            case "boolean" -> List.of("maybe");
            case "string" ->
                switch (schema.path("format").asText()) {
                    case "date-time", "date" -> List.of("next tuesday");
                    case "uuid" -> List.of("not-a-uuid");
                    default -> List.of();
                };
            default -> List.of();
        };
    }

    private static java.util.Optional<String> malformed(JsonNode schema) {
        if (schema.has("enum")) {
            return java.util.Optional.of("NOT_ONE_OF_THEM");
        }
        return switch (SchemaSamples.type(schema)) {
            case "integer", "number" -> java.util.Optional.of("abc");
            case "string" ->
                "uuid".equals(schema.path("format").asText())
                        ? java.util.Optional.of("not-a-uuid")
                        : java.util.Optional.empty();
            default -> java.util.Optional.empty();
        };
    }

    private String validValue(JsonNode schema) {
        JsonNode value = samples.valid(schema);
        return encode(value.isTextual() ? value.asText() : value.toString());
    }

    private static Probe json(String what, String method, String target, String body, Set<Integer> expected) {
        return body(what, method, target, "application/json", body, expected);
    }

    private static Probe body(
            String what, String method, String target, String contentType, String body, Set<Integer> expected) {
        return new Probe(
                what,
                method,
                target,
                Map.of("Content-Type", contentType),
                body.getBytes(StandardCharsets.UTF_8),
                -1,
                expected,
                false,
                null);
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put(name, value);
        return changed;
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (var entry : values.entrySet()) {
            path = path.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return path;
    }

    private static String withQuery(String path, Map<String, String> query) {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?"
                + query.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * One bad request. {@code expected} lists the statuses it should get (empty: any client error); unless it is
     * {@code exact}, 401 and 403 are accepted too, since authorization may rightly answer before parsing.
     */
    record Probe(
            String description,
            String method,
            String target,
            Map<String, String> headers,
            byte[] body,
            long declaredLength,
            Set<Integer> expected,
            boolean exact,
            String namedParameter) {

        static Probe of(
                String description, String method, String target, Set<Integer> expected, String namedParameter) {
            return new Probe(description, method, target, Map.of(), null, -1, expected, false, namedParameter);
        }

        static Probe exact(String description, String method, String target, Map<String, String> headers, int status) {
            return new Probe(description, method, target, headers, null, -1, Set.of(status), true, null);
        }
    }

    /** What one probe got: its status (0 when no complete answer came), whether it carried a problem body. */
    record Outcome(int status, boolean problemBody, String failure) {}
}
