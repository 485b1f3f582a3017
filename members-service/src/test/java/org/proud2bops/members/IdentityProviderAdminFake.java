package org.proud2bops.members;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for an identity provider's token endpoint and user administration (Keycloak's paths): hands the members
 * service's removal client a token for its client credentials, and records each account deleted with that token.
 * A test can make it unavailable (503 from both) to prove nothing is lost meanwhile.
 *
 * <p>Only this service removes accounts, so the fake is not part of {@code @WithPlatformInfrastructure}: it applies
 * itself to every test class of the service, which keeps one application boot for all classes of a profile.
 */
@QuarkusTestResource(value = IdentityProviderAdminFake.class, restrictToAnnotatedClass = false)
public class IdentityProviderAdminFake implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "members-account-removal";
    static final String CLIENT_SECRET = "test-removal-secret";
    private static final String TOKEN = "admin-token-for-" + CLIENT_ID;
    private static final Set<String> DELETED = ConcurrentHashMap.newKeySet();
    private static volatile boolean available = true;
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        if (server == null) {
            server = startServer();
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "members.account-removal.enabled",
                "true",
                "members.account-removal.admin-url",
                base + "/admin/realms/test",
                "members.account-removal.token-issuer",
                base + "/realms/test",
                "members.account-removal.client-id",
                CLIENT_ID,
                "members.account-removal.client-secret",
                CLIENT_SECRET,
                "members.account-removal.interval",
                "1s");
    }

    @Override
    public void stop() {
        // Shared by every application the test JVM boots; the JVM's exit ends it.
    }

    public static boolean deleted(String subject) {
        return DELETED.contains(subject);
    }

    public static void setAvailable(boolean isAvailable) {
        available = isAvailable;
    }

    private static HttpServer startServer() {
        try {
            HttpServer httpServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            httpServer.createContext("/realms/test/protocol/openid-connect/token", IdentityProviderAdminFake::token);
            httpServer.createContext("/admin/realms/test/users/", IdentityProviderAdminFake::deleteUser);
            httpServer.start();
            return httpServer;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the fake identity provider", e);
        }
    }

    private static void token(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!available) {
            respond(exchange, 503, "");
        } else if (!body.contains("grant_type=client_credentials")
                || !basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":\"invalid_client\"}");
        } else {
            respond(exchange, 200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
        }
    }

    private static void deleteUser(HttpExchange exchange) throws IOException {
        String subject = exchange.getRequestURI().getPath().substring("/admin/realms/test/users/".length());
        if (!available) {
            respond(exchange, 503, "");
        } else if (!"DELETE".equals(exchange.getRequestMethod())
                || !("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 403, "");
        } else {
            respond(exchange, DELETED.add(subject) ? 204 : 404, "");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
