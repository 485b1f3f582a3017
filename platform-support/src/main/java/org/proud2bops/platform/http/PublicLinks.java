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

    private PublicLinks() {}

    /** The platform's public address, for a link to another resource than the request's. */
    public static UriBuilder root() {
        return UriBuilder.fromUri(baseUrl());
    }

    /** The public address of the request's path, without its query. */
    public static UriBuilder builderFor(UriInfo uriInfo) {
        return root().path(uriInfo.getPath());
    }

    /** The public address of the request's path and query, for links to other pages of the same list. */
    static UriBuilder requestBuilderFor(UriInfo uriInfo) {
        return builderFor(uriInfo).replaceQuery(uriInfo.getRequestUri().getRawQuery());
    }

    private static String baseUrl() {
        return ConfigProvider.getConfig().getValue(BASE_URL_PROPERTY, String.class);
    }

    /** Refuses to start a service that does not know its public address, rather than hand out wrong links later. */
    @Startup
    @ApplicationScoped
    static class RequiredBaseUrl {

        RequiredBaseUrl(@ConfigProperty(name = BASE_URL_PROPERTY) URI baseUrl) {
            if (!baseUrl.isAbsolute()) {
                throw new IllegalStateException(BASE_URL_PROPERTY + " must be an absolute URL, not " + baseUrl);
            }
        }
    }
}
