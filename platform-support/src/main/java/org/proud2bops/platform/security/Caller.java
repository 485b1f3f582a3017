package org.proud2bops.platform.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.proud2bops.platform.problem.Problems;

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

    /** Why the caller may not go on: no token is 401 (sign in), a token without the right is a 403 problem. */
    public RuntimeException refusal(String detail) {
        return isAnonymous() ? new UnauthorizedException() : Problems.forbidden(detail);
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

    /** The region a regional network's token names, as the service's own region type; 403 for one it does not know. */
    public <R extends Enum<R>> Optional<R> regionalNetworkRegion(Class<R> regions) {
        return regionalNetworkRegion().map(name -> {
            try {
                return Enum.valueOf(regions, name);
            } catch (IllegalArgumentException e) {
                throw Problems.forbidden("The token names an unknown region: " + name);
            }
        });
    }
}
