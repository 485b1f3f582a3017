package org.proud2bops.gateway.protection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Names the client behind a request for its rate budget: an integration client by its client id, a person by their
 * token's subject, anyone without a token that verifies by their address. Only a verified token counts, otherwise
 * a caller could spread requests over budgets by inventing subjects. Verification results are remembered for a
 * while so the gateway checks a token's signature once, not on every request.
 */
@ApplicationScoped
public class ClientIdentities {

    private static final String BEARER = "Bearer ";

    private final TenantIdentityProvider tokenVerifier;
    private final Cache<String, String> clientsByToken = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    public ClientIdentities(TenantIdentityProvider tokenVerifier) {
        this.tokenVerifier = tokenVerifier;
    }

    public Uni<String> clientOf(HttpServerRequest request) {
        String address = "address:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().item(address);
        }
        String token = authorization.substring(BEARER.length()).trim();
        String known = clientsByToken.getIfPresent(token);
        if (known != null) {
            return Uni.createFrom().item(known.isEmpty() ? address : known);
        }
        return tokenVerifier.authenticate(new AccessTokenCredential(token))
                .map(ClientIdentities::clientNamedBy)
                .onFailure().recoverWithItem("")
                .invoke(client -> clientsByToken.put(token, client))
                .map(client -> client.isEmpty() ? address : client);
    }

    private static String clientNamedBy(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("client_id") != null) {
            return "client:" + token.<Object>getClaim("client_id");
        }
        return "subject:" + identity.getPrincipal().getName();
    }
}
