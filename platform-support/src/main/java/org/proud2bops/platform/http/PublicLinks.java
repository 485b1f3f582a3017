package org.proud2bops.platform.http;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links the platform hands out ({@code Location}, {@code Link}) start from the configured public base URL
 * ({@code platform.public-base-url}, the gateway's address), never from the request's {@code Host} or forwarding
 * headers, which a client controls.
 */
public final class PublicLinks {

    static final String BASE_URL_PROPERTY = "platform.public-base-url";

    /** The configured public base URL, as the running application read it at startup ({@link RequiredBaseUrl}). */
    private static volatile String startupBaseUrl;

    private PublicLinks() {}

    /** The platform's public address, for a link to another resource than the request's. */
    public static UriBuilder root() {
        return UriBuilder.fromUri(baseUrl());
    }

    /** The public address of the request's path, without its query. */
    public static UriBuilder builderFor(UriInfo uriInfo) {
        return root().path(uriInfo.getPath());
    }

    /**
     * The public address of the request's path (as sent, encoded), without its query: read for every
     * page of a list, so it is built from the base URL read once, without a URI template.
     */
    static String pathFor(URI requestUri) {
        return joined(baseUrl(), requestUri.getRawPath());
    }

    /** The base URL and an encoded path, with one slash between them. */
    static String joined(String base, String path) {
        boolean baseSlash = base.endsWith("/");
        boolean pathSlash = path.startsWith("/");
        if (baseSlash && pathSlash) {
            return base + path.substring(1);
        }
        return baseSlash || pathSlash ? base + path : base + "/" + path;
    }

    /** The base URL read at startup; read from the configuration when no application started (plain unit tests). */
    static String baseUrl() {
        String base = startupBaseUrl;
        return base != null ? base : ConfigProvider.getConfig().getValue(BASE_URL_PROPERTY, String.class);
    }

    /** Refuses to start a service that does not know its public address, rather than hand out wrong links later. */
    @Startup
    @ApplicationScoped
    static class RequiredBaseUrl {

        RequiredBaseUrl(@ConfigProperty(name = BASE_URL_PROPERTY) URI baseUrl) {
            if (!baseUrl.isAbsolute()) {
                throw new IllegalStateException(BASE_URL_PROPERTY + " must be an absolute URL, not " + baseUrl);
            }
            startupBaseUrl = baseUrl.toString();
        }
    }
}
