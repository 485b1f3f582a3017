package org.proud2bops.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds what a reader of the document would need an example for and gets none: every JSON request body, and the
 * representation of every resource the API addresses by id (the 200 of a GET on a path that ends in a variable).
 */
public final class ExampleCoverage {

    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");
    private static final String SCHEMAS = "#/components/schemas/";

    private ExampleCoverage() {}

    public static List<String> missingExamples(JsonNode document) {
        List<String> findings = new ArrayList<>();
        Set<String> resources = addressedResources(document);
        resources.stream()
                .filter(name -> !hasExample(document.at("/components/schemas/" + name)))
                .forEach(name -> findings.add("schema " + name + " (a resource addressed by id) has no example"));
        document.path("paths")
                .properties()
                .forEach(path -> METHODS.forEach(method -> {
                    JsonNode body =
                            path.getValue().path(method).path("requestBody").path("content");
                    body.properties().stream()
                            .filter(media -> media.getKey().endsWith("json"))
                            .forEach(media -> {
                                if (!hasExample(media.getValue())
                                        && !hasExample(resolve(
                                                document, media.getValue().path("schema")))) {
                                    findings.add(method.toUpperCase() + " " + path.getKey() + ": the " + media.getKey()
                                            + " request body has no example");
                                }
                            });
                }));
        return findings;
    }

    private static Set<String> addressedResources(JsonNode document) {
        Set<String> names = new TreeSet<>();
        document.path("paths").properties().stream()
                .filter(path -> path.getKey().endsWith("}"))
                .map(path -> path.getValue()
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .filter(ref -> ref.startsWith(SCHEMAS))
                .forEach(ref -> names.add(ref.substring(SCHEMAS.length())));
        return names;
    }

    private static boolean hasExample(JsonNode node) {
        return node.has("example")
                || (node.has("examples") && !node.get("examples").isEmpty());
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        return schema.has("$ref") ? document.at(schema.get("$ref").asText().substring(1)) : schema;
    }
}
