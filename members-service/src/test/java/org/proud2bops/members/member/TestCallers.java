package org.proud2bops.members.member;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/** Callers for plain unit tests of access policies: a token's subject, roles and claims, without a server. */
public final class TestCallers {

    private TestCallers() {}

    public static Caller anonymous() {
        return new Caller(QuarkusSecurityIdentity.builder().setAnonymous(true).build(), new Token(Map.of()));
    }

    /** A signed-in person with these roles and no verified email. */
    public static Caller signedIn(String subject, String... roles) {
        return caller(Map.of("sub", subject), roles);
    }

    /** A signed-in person whose token carries a verified email. */
    public static Caller withVerifiedEmail(String subject, String email, String... roles) {
        return caller(Map.of("sub", subject, "email", email, "email_verified", true), roles);
    }

    public static Caller admin() {
        return signedIn("admin", Roles.ADMIN);
    }

    public static Caller regionalNetwork(Region region) {
        return caller(Map.of("sub", "client-" + region, "region", region.name()), Roles.REGIONAL_NETWORK);
    }

    private static Caller caller(Map<String, Object> claims, String... roles) {
        QuarkusSecurityIdentity.Builder identity =
                QuarkusSecurityIdentity.builder().setPrincipal(new Token(claims));
        for (String role : roles) {
            identity.addRole(role);
        }
        return new Caller(identity.build(), new Token(claims));
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
