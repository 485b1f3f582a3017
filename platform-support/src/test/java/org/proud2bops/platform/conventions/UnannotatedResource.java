package org.proud2bops.platform.conventions;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An operation whose author forgot to say who may call it (its documented answers are the refusals). */
@Path("/api/forgotten")
public class UnannotatedResource {

    @GET
    @APIResponse(responseCode = "401", description = "Refused: no rule says who may call this")
    @APIResponse(responseCode = "403", description = "Refused: no rule says who may call this")
    public String forgotten() {
        return "should never be served";
    }
}
