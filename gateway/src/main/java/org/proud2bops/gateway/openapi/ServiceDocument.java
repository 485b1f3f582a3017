package org.proud2bops.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** One service's OpenAPI document as last fetched, or why it could not be fetched. */
public record ServiceDocument(String service, Optional<ObjectNode> document, String unavailableReason) {

    public static ServiceDocument available(String service, ObjectNode document) {
        return new ServiceDocument(service, Optional.of(document), null);
    }

    public static ServiceDocument unavailable(String service, String reason) {
        return new ServiceDocument(service, Optional.empty(), reason);
    }
}
