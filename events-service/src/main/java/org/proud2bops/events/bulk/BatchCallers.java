package org.proud2bops.events.bulk;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.proud2bops.platform.security.Caller;
import org.proud2bops.platform.security.Roles;

/**
 * The caller who asked for a batch, kept with it (subject, roles, the region a regional client's token named; a network
 * lead's networks are looked up again for each row, so a lead who stood down meanwhile registers nobody), so the
 * worker registers each row as that caller would have: the same rules, and the same registeredBy and registeredAs.
 */
final class BatchCallers {

    private BatchCallers() {}

    static void remember(Caller caller, RegistrationBatch batch) {
        batch.requestedBy = caller.subject();
        batch.callerRoles = Set.of(Roles.EVENTS_ADMIN, Roles.ADMIN, Roles.REGIONAL_NETWORK, Roles.NETWORK_LEAD).stream()
                .filter(caller::hasRole)
                .sorted()
                .collect(Collectors.joining(","));
        batch.callerRegion = caller.regionalNetworkRegion().orElse(null);
    }

    static Caller of(RegistrationBatch batch) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", batch.requestedBy);
        if (batch.callerRegion != null) {
            claims.put("region", batch.callerRegion);
        }
        JsonWebToken token = new RememberedToken(claims);
        Set<String> roles = Arrays.stream(batch.callerRoles.split(","))
                .filter(role -> !role.isBlank())
                .collect(Collectors.toSet());
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addRoles(roles)
                .setAnonymous(false)
                .build();
        return new Caller(identity, token);
    }

    /** The claims the registration rules read: the subject and a regional client's region. */
    private record RememberedToken(Map<String, Object> claims) implements JsonWebToken {

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
            return (T) claims.get(claimName);
        }
    }
}
