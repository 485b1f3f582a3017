package org.proud2bops.platform.conventions;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.proud2bops.platform.conventions.WidgetResource.WidgetResponse;

/** Test-only operations that break their own documentation, each in one way the contract filter must catch. */
@Path("/api/contract-breakers")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ContractBreakingResource {

    private static final String A_WIDGET = "A widget";

    @GET
    @Path("/wrong-body")
    @APIResponse(
            responseCode = "200",
            description = A_WIDGET,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WidgetResponse.class)))
    public Map<String, Object> wrongBody() {
        return Map.of("id", 42, "name", "widget");
    }

    @GET
    @Path("/undocumented-status")
    @APIResponse(
            responseCode = "200",
            description = A_WIDGET,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WidgetResponse.class)))
    public Response undocumentedStatus() {
        return Response.accepted().build();
    }

    @GET
    @Path("/undocumented")
    @Operation(hidden = true)
    public Map<String, Object> undocumented() {
        return Map.of("id", "5d0f2d9e-8f4b-4a57-9f0c-3c2a4f1e9b11", "name", "widget");
    }

    @GET
    @Path("/undeclared-header")
    @APIResponse(
            responseCode = "200",
            description = A_WIDGET,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WidgetResponse.class)))
    public Response undeclaredHeader() {
        return Response.ok(Map.of("id", "5d0f2d9e-8f4b-4a57-9f0c-3c2a4f1e9b11", "name", "widget"))
                .header("ETag", "\"3\"")
                .build();
    }
}
