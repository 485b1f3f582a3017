package org.proud2bops.platform.testing;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.security.Principal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * Callers for plain unit tests of access policies: what a policy sees of a verified token (subject, roles, claims),
 * without a server. HTTP tests use real signed tokens ({@link TestTokens}) instead.
 */
public final class TestCallers {

    private TestCallers() {}

    public static Caller anonymous() {
        return new Caller(QuarkusSecurityIdentity.builder().setAnonymous(true).build(), new Token(Map.of()));
    }

    /** A signed-in person with these roles (none: signed in, no rights) and no verified email. */
    public static Caller signedIn(String subject, String... roles) {
        return caller(Map.of("sub", subject), roles);
    }

    /** A signed-in person whose token carries a verified email. */
    public static Caller withVerifiedEmail(String subject, String email, String... roles) {
        return caller(Map.of("sub", subject, "email", email, "email_verified", true), roles);
    }

    public static Caller admin() {
        return signedIn("an-admin", Roles.ADMIN);
    }

    /** A regional network's client (client credentials) for the region named as the services name it, e.g. LONDON. */
    public static Caller regionalNetwork(String region) {
        String subject = "service-account-regional-" + region.toLowerCase(Locale.ROOT);
        return caller(Map.of("sub", subject, "region", region), Roles.REGIONAL_NETWORK);
    }

    private static Caller caller(Map<String, Object> claims, String... roles) {
        Token token = new Token(claims);
        QuarkusSecurityIdentity.Builder identity =
                QuarkusSecurityIdentity.builder().setPrincipal(token).addRoles(Set.of(roles));
        return new Caller(identity.build(), token);
    }

    private record Token(Map<String, Object> claims) implements JsonWebToken, Principal {

        @Override
        public String getName() {
            return (String) claims.get("sub");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) new HashMap<>(claims).get(claimName);
        }
    }
}
