package org.proud2bops.platform.conventions;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An operation whose author forgot to say who may call it. */
@Path("/api/forgotten")
public class UnannotatedResource {

    @GET
    public String forgotten() {
        return "should never be served";
    }
}
