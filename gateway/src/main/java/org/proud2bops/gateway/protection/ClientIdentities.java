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
import java.util.Optional;
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

    /**
     * The client, when naming it needs no token verification: a request without a bearer token, or with a token
     * verified before. Empty when the token must be verified first ({@link #verifiedClientOf}).
     */
    public Optional<String> knownClientOf(HttpServerRequest request) {
        String token = bearerToken(request);
        if (token == null) {
            return Optional.of(addressOf(request));
        }
        String known = clientsByToken.getIfPresent(token);
        if (known == null) {
            return Optional.empty();
        }
        return Optional.of(known.isEmpty() ? addressOf(request) : known);
    }

    public Uni<String> verifiedClientOf(HttpServerRequest request) {
        String token = bearerToken(request);
        if (token == null) {
            return Uni.createFrom().item(addressOf(request));
        }
        return tokenVerifier
                .authenticate(new AccessTokenCredential(token))
                .map(ClientIdentities::clientNamedBy)
                .onFailure()
                .recoverWithItem("")
                .invoke(client -> clientsByToken.put(token, client))
                .map(client -> client.isEmpty() ? addressOf(request) : client);
    }

    private static String bearerToken(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).trim();
    }

    private static String addressOf(HttpServerRequest request) {
        return "address:"
                + (request.remoteAddress() == null
                        ? "unknown"
                        : request.remoteAddress().hostAddress());
    }

    private static String clientNamedBy(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("client_id") != null) {
            return "client:" + token.<Object>getClaim("client_id");
        }
        return "subject:" + identity.getPrincipal().getName();
    }
}
