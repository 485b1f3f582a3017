package org.proud2bops.gateway.protection;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proud2bops.gateway.config.GatewayConfig;

/**
 * The headers that tell browsers how to treat whatever the gateway answers: its own problems and documents, Swagger
 * UI and every proxied response. They are set just before a response's headers go out, so they win over anything an
 * upstream sent and cover failures too.
 * <ul>
 * <li>The API is data, never a page: {@code default-src 'none'} and no framing.</li>
 * <li>Swagger UI loads its scripts, styles and images from the gateway itself and configures itself with inline
 * scripts (Quarkus generates them), and calls the API on the same origin and the identity provider it signs people
 * in with (discovery and token requests); nothing else is allowed.</li>
 * <li>{@code Strict-Transport-Security} is sent everywhere: browsers ignore it over plain HTTP (the local run), and
 * behind TLS it keeps clients on HTTPS for a year. It leaves out {@code includeSubDomains}, since the gateway does
 * not know the other hosts of its domain.</li>
 * <li>{@code Cross-Origin-Resource-Policy: same-origin} stops other sites embedding responses; it does not touch CORS
 * requests, which the CORS configuration governs.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private final String docsPath;
    private final String docsContentSecurityPolicy;

    public SecurityHeaders(@ConfigProperty(name = "quarkus.swagger-ui.path") String docsPath, GatewayConfig config) {
        this.docsPath = docsPath;
        this.docsContentSecurityPolicy = docsContentSecurityPolicy(URI.create(config.docsSignInDiscoveryUrl()));
    }

    static String docsContentSecurityPolicy(URI identityProvider) {
        String providerOrigin = identityProvider.getScheme() + "://" + identityProvider.getRawAuthority();
        return "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self' " + providerOrigin + "; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    /** A route handler that adds the headers to the response of the request it sees, whoever answers it. */
    public void addToResponse(RoutingContext context) {
        boolean docs = isDocs(context.request().path());
        boolean signInReturn = docs && context.request().path().endsWith("/oauth2-redirect.html");
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Strict-Transport-Security", "max-age=31536000");
            headers.set("Content-Security-Policy", docs ? docsContentSecurityPolicy : API_CONTENT_SECURITY_POLICY);
            headers.set("Cross-Origin-Resource-Policy", "same-origin");
            // Swagger UI opens the identity provider's sign-in in a popup; the page the popup returns to must keep
            // its opener to hand the code back, which any opener policy on it would sever after the cross-origin hop
            if (!signInReturn) {
                headers.set("Cross-Origin-Opener-Policy", docs ? "same-origin-allow-popups" : "same-origin");
            }
        });
        context.next();
    }

    private boolean isDocs(String path) {
        return path != null && (path.equals(docsPath) || path.startsWith(docsPath + "/"));
    }
}
