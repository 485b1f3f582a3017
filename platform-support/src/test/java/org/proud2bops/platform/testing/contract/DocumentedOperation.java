package org.proud2bops.platform.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;

/** One operation of the document: its method, its path template and its OpenAPI operation object. */
public record DocumentedOperation(String method, String path, JsonNode definition) {

    /** The operationId, or method and path for an operation without one. */
    public String operationId() {
        return definition.path("operationId").asText(method + " " + path);
    }

    /** The response the document gives for a status: the exact code, then its class ({@code 4XX}), then default. */
    JsonNode response(int status) {
        JsonNode responses = definition.path("responses");
        for (String key : new String[] {Integer.toString(status), (status / 100) + "XX", "default"}) {
            if (responses.has(key)) {
                return responses.get(key);
            }
        }
        return null;
    }

    boolean declaresRequestHeader(String name) {
        for (JsonNode parameter : definition.path("parameters")) {
            if ("header".equals(parameter.path("in").asText())
                    && name.equalsIgnoreCase(parameter.path("name").asText())) {
                return true;
            }
        }
        return false;
    }
}
