package org.proud2bops.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A minimal OpenID provider for tests: OIDC discovery and a JWKS endpoint, nothing else. Services find it the way
 * they find Keycloak or Entra ID (discovery from the issuer URL), so token verification runs for real against keys
 * that {@link TestTokens} signs with. The published key set lives in {@link TestSigningKeys} so a test can rotate it.
 */
public class OidcTestProvider implements QuarkusTestResourceLifecycleManager {

    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        if (server == null) {
            server = startServer();
        }
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
        System.setProperty(TestSigningKeys.ISSUER_PROPERTY, issuer);
        return Map.of("quarkus.oidc.auth-server-url", issuer);
    }

    @Override
    public void stop() {
        // The server is shared by every application the test JVM boots; the JVM's exit ends it.
    }

    private static HttpServer startServer() {
        try {
            HttpServer httpServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            httpServer.createContext(
                    "/realms/test/.well-known/openid-configuration",
                    exchange -> respond(exchange, discoveryDocument(httpServer)));
            httpServer.createContext(
                    "/realms/test/jwks", exchange -> respond(exchange, TestSigningKeys.publishedKeySet()));
            httpServer.start();
            return httpServer;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test OpenID provider", e);
        }
    }

    private static String discoveryDocument(HttpServer httpServer) {
        String issuer = "http://127.0.0.1:" + httpServer.getAddress().getPort() + "/realms/test";
        return """
                {"issuer":"%1$s","jwks_uri":"%1$s/jwks","token_endpoint":"%1$s/token",\
                "response_types_supported":["code"],"subject_types_supported":["public"],\
                "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer);
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
