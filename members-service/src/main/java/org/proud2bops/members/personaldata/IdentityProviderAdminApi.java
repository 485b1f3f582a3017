package org.proud2bops.members.personaldata;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The identity provider's user administration, called with a client-credentials token of a client allowed only to
 * manage users. Keycloak's is {@code <base>/admin/realms/<realm>}; Microsoft Graph's is
 * {@code https://graph.microsoft.com/v1.0}: both delete a user with {@code DELETE <base>/users/<id>}.
 */
@RegisterRestClient(configKey = IdentityProviderAdminApi.NAME)
@OidcClientFilter(IdentityProviderAdminApi.NAME)
@Path("/users")
public interface IdentityProviderAdminApi {

    String NAME = "identity-provider-admin";

    /** Deletes the account; a 404 (already gone) arrives as a {@code WebApplicationException} with that status. */
    @DELETE
    @Path("/{subject}")
    void deleteUser(@PathParam("subject") String subject);
}
