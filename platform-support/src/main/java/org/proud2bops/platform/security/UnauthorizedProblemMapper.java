package org.proud2bops.platform.security;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.proud2bops.platform.problem.ProblemType;

/**
 * A missing or unverifiable token becomes a 401 problem carrying the authentication challenge
 * ({@code WWW-Authenticate: Bearer ...}). It takes precedence over the problem extension's own mapper, which is
 * built against an older {@link ChallengeData} and fails on this Quarkus version.
 */
public class UnauthorizedProblemMapper {

    private static final String BEARER_CHALLENGE = "Bearer";

    @ServerExceptionMapper(
            value = {UnauthorizedException.class, AuthenticationFailedException.class},
            priority = 4000)
    public Uni<Response> toProblem(RoutingContext context) {
        return challengeOf(context)
                .map(challenge -> HttpProblem.builder()
                        .withType(ProblemType.UNAUTHORIZED.uri())
                        .withStatus(Response.Status.UNAUTHORIZED)
                        .withTitle(ProblemType.UNAUTHORIZED.title())
                        .withDetail("This operation needs a valid bearer token from the platform's identity provider")
                        .withInstance(URI.create(context.request().path()))
                        .withHeader(HttpHeaders.WWW_AUTHENTICATE, challenge)
                        .build()
                        .toResponse());
    }

    private static Uni<String> challengeOf(RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(BEARER_CHALLENGE);
        }
        return authenticator
                .getChallenge(context)
                .map(UnauthorizedProblemMapper::headerOf)
                .onFailure()
                .recoverWithItem(BEARER_CHALLENGE);
    }

    private static String headerOf(ChallengeData challenge) {
        if (challenge == null) {
            return BEARER_CHALLENGE;
        }
        return challenge.getHeaders().entrySet().stream()
                .filter(header -> HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(
                        header.getKey().toString()))
                .map(header -> header.getValue())
                .findFirst()
                .orElse(BEARER_CHALLENGE);
    }
}
