package org.proud2bops.platform.conventions;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/** A test-only API that shows what the shared security wiring makes of a token. */
@Path("/api/caller")
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

    public record CallerView(String subject, boolean admin, String verifiedEmail, String region) {}

    private final Caller caller;

    public CallerResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Authenticated
    public CallerView whoAmI() {
        return new CallerView(
                caller.subject(),
                caller.isAdmin(),
                caller.verifiedEmail().orElse(null),
                caller.regionalNetworkRegion().orElse(null));
    }

    @GET
    @Path("/admin")
    @RolesAllowed(Roles.ADMIN)
    public CallerView adminOnly() {
        return whoAmI();
    }
}
