package org.proud2bops.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every value a client may send (parameters and request bodies) that the document leaves unbounded: a string
 * without a maximum length (or an enum, or a format that fixes its length), a number without both limits, an array
 * without a maximum number of items.
 */
public final class RequestBounds {

    private static final Set<String> BOUNDED_FORMATS = Set.of("uuid", "date", "date-time", "binary");
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    private RequestBounds() {}

    public static List<String> unboundedValues(JsonNode document) {
        List<String> findings = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> METHODS.forEach(method -> {
                    JsonNode operation = path.getValue().path(method);
                    if (operation.isMissingNode()) {
                        return;
                    }
                    String where = method.toUpperCase() + " " + path.getKey();
                    operation
                            .path("parameters")
                            .forEach(parameter -> check(
                                    document,
                                    resolve(document, parameter).path("schema"),
                                    where + " " + parameter.path("in").asText() + " "
                                            + parameter.path("name").asText(),
                                    findings,
                                    new HashSet<>()));
                    operation
                            .path("requestBody")
                            .path("content")
                            .properties()
                            .forEach(media -> check(
                                    document,
                                    media.getValue().path("schema"),
                                    where + " body(" + media.getKey() + ")",
                                    findings,
                                    new HashSet<>()));
                }));
        return findings;
    }

    private static void check(
            JsonNode document, JsonNode schema, String where, List<String> findings, Set<String> seen) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!seen.add(ref)) {
                return;
            }
            check(document, document.at(ref.substring(1)), where, findings, seen);
            return;
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combinator).forEach(part -> check(document, part, where, findings, seen));
        }
        if (schema.has("enum") || schema.has("const")) {
            return;
        }
        Set<String> types = types(schema);
        if (types.contains("string")
                && !schema.has("maxLength")
                && !BOUNDED_FORMATS.contains(schema.path("format").asText())) {
            findings.add(where + ": a string without maxLength");
        }
        if ((types.contains("integer") || types.contains("number"))
                && !(hasLimit(schema, "minimum", "exclusiveMinimum")
                        && hasLimit(schema, "maximum", "exclusiveMaximum"))) {
            findings.add(where + ": a number without minimum and maximum");
        }
        if (types.contains("array")) {
            if (!schema.has("maxItems")) {
                findings.add(where + ": an array without maxItems");
            }
            check(document, schema.path("items"), where + "[]", findings, seen);
        }
        schema.path("properties")
                .properties()
                .forEach(property -> check(
                        document, property.getValue(), where + "." + property.getKey(), findings, new HashSet<>(seen)));
    }

    private static boolean hasLimit(JsonNode schema, String inclusive, String exclusive) {
        return schema.has(inclusive) || schema.has(exclusive);
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(entry -> types.add(entry.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
    }
}
