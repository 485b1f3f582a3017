package org.proud2bops.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Names each page schema after what it lists ({@code MemberPage}, not {@code PageResponseMemberResponse}), so a
 * generated client reads well, and marks every page's properties as always present.
 */
final class PageSchemas {

    private static final String GENERATED_PREFIX = "PageResponse";
    private static final String SCHEMA_REFS = "#/components/schemas/";

    private PageSchemas() {}

    static void rename(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        for (var entry : Map.copyOf(schemas).entrySet()) {
            if (entry.getKey().startsWith(GENERATED_PREFIX)) {
                Schema page = entry.getValue();
                String itemRef = page.getProperties().get("items").getItems().getRef();
                String name = itemRef.substring(itemRef.lastIndexOf('/') + 1) + "Page";
                page.setRequired(List.of("items", "page", "size", "totalItems", "totalPages"));
                page.setDescription("One page of a list, and where it sits in the whole");
                openAPI.getComponents().removeSchema(entry.getKey());
                openAPI.getComponents().addSchema(name, page);
                renamed.put(SCHEMA_REFS + entry.getKey(), SCHEMA_REFS + name);
            }
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getResponses() != null) {
                        operation
                                .getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(response -> mediaTypes(response).forEach(media -> {
                                    if (media.getSchema() != null
                                            && renamed.containsKey(
                                                    media.getSchema().getRef())) {
                                        media.getSchema()
                                                .setRef(renamed.get(
                                                        media.getSchema().getRef()));
                                    }
                                }));
                    }
                }));
    }

    static boolean isPage(APIResponse response) {
        return mediaTypes(response).stream()
                .anyMatch(media -> media.getSchema() != null
                        && media.getSchema().getRef() != null
                        && media.getSchema().getRef().endsWith("Page"));
    }

    private static List<MediaType> mediaTypes(APIResponse response) {
        return response.getContent() == null || response.getContent().getMediaTypes() == null
                ? List.of()
                : List.copyOf(response.getContent().getMediaTypes().values());
    }
}
