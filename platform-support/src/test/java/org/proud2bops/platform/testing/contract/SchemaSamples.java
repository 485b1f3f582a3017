package org.proud2bops.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.UUID;

/**
 * Values an OpenAPI document says are acceptable, made from a schema: what a request needs to get past parsing, so
 * that the one thing broken in it is the thing a sweep means to break.
 */
final class SchemaSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode document;

    SchemaSamples(JsonNode document) {
        this.document = document;
    }

    /** The schema a reference points at (repeatedly), or the schema itself. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    JsonNode valid(JsonNode schema) {
        return valid(schema, 0);
    }

    private JsonNode valid(JsonNode rawSchema, int depth) {
        JsonNode schema = resolve(rawSchema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return valid(
                    schema.has("oneOf")
                            ? schema.get("oneOf").get(0)
                            : schema.get("anyOf").get(0),
                    depth);
        }
        return switch (type(schema)) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "number" -> NODES.numberNode(schema.path("minimum").asDouble(1));
            case "boolean" -> NODES.booleanNode(true);
            case "null" -> NODES.nullNode();
            default -> NODES.textNode(string(schema));
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth > 5) {
            return object;
        }
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").properties().forEach(property -> {
            if (required.contains(property.getKey())
                    && !property.getValue().path("readOnly").asBoolean(false)) {
                object.set(property.getKey(), valid(property.getValue(), depth + 1));
            }
        });
        return object;
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < schema.path("minItems").asInt(0); i++) {
            array.add(valid(schema.path("items"), depth + 1));
        }
        return array;
    }

    /** A string of the schema's format, within its length limits. */
    static String string(JsonNode schema) {
        String value = switch (schema.path("format").asText()) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date-time" -> "2031-03-04T09:00:00Z";
            case "date" -> "2031-03-04";
            case "email" -> "sweep-" + UUID.randomUUID().toString().substring(0, 8) + "@nhs.example";
            case "uri" -> "https://proud2bops.example/sweep";
            default -> "Sweep" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        };
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        if (value.length() > max) {
            value = value.substring(0, max);
        }
        StringBuilder padded = new StringBuilder(value);
        while (padded.length() < min) {
            padded.append('x');
        }
        return padded.toString();
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode entry : type) {
                if (!"null".equals(entry.asText())) {
                    return entry.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }
}
