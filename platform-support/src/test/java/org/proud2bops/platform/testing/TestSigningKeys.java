package org.proud2bops.platform.testing;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * The test provider's signing keys. They are kept in system properties because Quarkus loads test classes and test
 * resources in different class loaders; a property is the one place both see.
 */
public final class TestSigningKeys {

    static final String ISSUER_PROPERTY = "test.oidc.issuer";
    private static final String PUBLISHED_PROPERTY = "test.oidc.published-keys";
    private static final String CURRENT_PROPERTY = "test.oidc.current-key";

    private TestSigningKeys() {}

    /** The key tokens are signed with; created and published on first use. */
    public static synchronized RsaJsonWebKey current() {
        String current = System.getProperty(CURRENT_PROPERTY);
        if (current == null) {
            return rotate();
        }
        return parse(current);
    }

    /** Creates a new key, publishes it beside the old ones and signs with it from now on, as a provider rotating does. */
    public static synchronized RsaJsonWebKey rotate() {
        RsaJsonWebKey key = generate();
        List<JsonWebKey> published = new ArrayList<>(publishedKeys());
        published.add(publicPart(key));
        System.setProperty(PUBLISHED_PROPERTY, new JsonWebKeySet(published).toJson());
        System.setProperty(CURRENT_PROPERTY, key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
        return key;
    }

    /** A key the provider never published but carrying the current key's id, as a forger would. */
    public static RsaJsonWebKey forgedWithCurrentKeyId() {
        RsaJsonWebKey forged = generate();
        forged.setKeyId(current().getKeyId());
        return forged;
    }

    public static String issuer() {
        String issuer = System.getProperty(ISSUER_PROPERTY);
        if (issuer == null) {
            throw new IllegalStateException("OidcTestProvider has not started; declare it as a test resource");
        }
        return issuer;
    }

    static String publishedKeySet() {
        current();
        return System.getProperty(PUBLISHED_PROPERTY);
    }

    static PrivateKey privateKeyOf(RsaJsonWebKey key) {
        try {
            byte[] encoded = key.getRsaPrivateKey().getEncoded();
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonWebKey> publishedKeys() {
        String published = System.getProperty(PUBLISHED_PROPERTY);
        try {
            return published == null ? List.of() : new JsonWebKeySet(published).getJsonWebKeys();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RsaJsonWebKey generate() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("test-" + UUID.randomUUID());
            key.setAlgorithm("RS256");
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonWebKey publicPart(RsaJsonWebKey key) {
        try {
            return JsonWebKey.Factory.newJwk(key.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RsaJsonWebKey parse(String json) {
        try {
            return (RsaJsonWebKey) JsonWebKey.Factory.newJwk(json);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
