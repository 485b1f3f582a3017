package org.proud2bops.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens that passed full verification (signature, issuer, audience, times) until they expire, so
 * a client sending the same token again is not verified again: checking an RS256 signature costs more CPU than the
 * rest of a simple read. A remembered token is accepted only before its {@code exp}, as it would have been anyway.
 * <p>
 * As an authentication mechanism it answers before the OIDC one and passes (null) on a token it has not seen, so OIDC
 * verifies it; as a {@link SecurityIdentityAugmentor} it records each identity OIDC produced.
 */
@ApplicationScoped
public class VerifiedTokenCache implements HttpAuthenticationMechanism, SecurityIdentityAugmentor {

    private static final String BEARER = "Bearer ";

    private static final int MAX_TOKENS = 10_000;
    /** Even a long-lived token is verified again after this long, so a key withdrawn by the provider stops working. */
    private static final Duration MAX_REMEMBERED = Duration.ofMinutes(5);

    private final Cache<String, Remembered> verified;
    private final Counter reused;
    private final Clock clock;

    public VerifiedTokenCache(MeterRegistry meters, Clock clock) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .expireAfter(Expiry.<String, Remembered>creating(
                        (token, remembered) -> remembered.lifetimeFrom(clock.instant())))
                .build();
        this.reused = Counter.builder("proud2bops.verified.tokens.reused")
                .description("Requests whose bearer token had been verified before and was not verified again")
                .register(meters);
    }

    private record Remembered(SecurityIdentity identity, Instant expiresAt) {

        Duration lifetimeFrom(Instant now) {
            Duration untilExpiry = Duration.between(now, expiresAt);
            return untilExpiry.compareTo(MAX_REMEMBERED) < 0 ? untilExpiry : MAX_REMEMBERED;
        }
    }

    /** Runs before the OIDC mechanism; a token it does not remember is left to that mechanism (null). */
    @Override
    public int getPriority() {
        return HttpAuthenticationMechanism.DEFAULT_PRIORITY + 500;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        Remembered remembered =
                verified.getIfPresent(authorization.substring(BEARER.length()).strip());
        if (remembered == null || !clock.instant().isBefore(remembered.expiresAt())) {
            return Uni.createFrom().nullItem();
        }
        reused.increment();
        // The remembered identity belongs to an earlier request: give this one its own routing context.
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(remembered.identity())
                        .addAttribute(RoutingContext.class.getName(), context)
                        .build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential != null
                && identity.getPrincipal() instanceof JsonWebToken token
                && token.getExpirationTime() > 0) {
            verified.asMap()
                    .putIfAbsent(
                            credential.getToken(),
                            new Remembered(identity, Instant.ofEpochSecond(token.getExpirationTime())));
        }
        return Uni.createFrom().item(identity);
    }
}
