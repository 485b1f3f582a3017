package org.proud2bops.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as far as their verified token says. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The token's {@code sub}: the stable identifier a member record is linked to. */
    public String subject() {
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** The email address, only when the identity provider says it has verified it. */
    public Optional<String> verifiedEmail() {
        // A boolean claim arrives as a JSON value whose text is "true"
        boolean isVerified = "true".equals(String.valueOf(token.<Object>getClaim("email_verified")));
        return isVerified ? Optional.ofNullable(token.<String>getClaim("email")) : Optional.empty();
    }

    /** For a regional network's integration client, the region its token names. */
    public Optional<String> regionalNetworkRegion() {
        if (!hasRole(Roles.REGIONAL_NETWORK)) {
            return Optional.empty();
        }
        return Optional.ofNullable(token.<String>getClaim("region"));
    }
}
