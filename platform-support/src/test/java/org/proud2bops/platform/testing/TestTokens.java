package org.proud2bops.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Access tokens for tests, signed with the keys {@link OidcTestProvider} publishes, shaped like the platform's
 * identity provider issues them: {@code iss}, {@code aud}, {@code sub}, {@code roles}, and for integration clients
 * {@code client_id} and {@code region}.
 */
public final class TestTokens {

    public static final String AUDIENCE = "proud2bops-api";

    private String issuer;
    private String audience = AUDIENCE;
    private final String subject;
    private Instant expiresAt = Instant.now().plusSeconds(300);
    private Instant notBefore;
    private RsaJsonWebKey signingKey;
    private final Map<String, Object> claims = new LinkedHashMap<>();

    private TestTokens(String subject) {
        this.subject = subject;
    }

    public static TestTokens forSubject(String subject) {
        return new TestTokens(subject);
    }

    /** A person signed in with the given roles. */
    public static String bearer(String subject, String... roles) {
        return forSubject(subject).roles(roles).bearer();
    }

    /** A regional network's client-credentials token. */
    public static String regionalClient(String clientId, String region) {
        return forSubject("service-account-" + clientId)
                .roles("regional-network")
                .claim("client_id", clientId)
                .claim("region", region)
                .bearer();
    }

    public TestTokens roles(String... roles) {
        claims.put("roles", List.of(roles));
        return this;
    }

    public TestTokens email(String email, boolean verified) {
        claims.put("email", email);
        claims.put("email_verified", verified);
        return this;
    }

    public TestTokens claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    public TestTokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TestTokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public TestTokens expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    public TestTokens notBefore(Instant notBefore) {
        this.notBefore = notBefore;
        return this;
    }

    public TestTokens signedBy(RsaJsonWebKey key) {
        this.signingKey = key;
        return this;
    }

    public String bearer() {
        return "Bearer " + sign();
    }

    /** Signed with RS256 by the provider's current key, unless {@link #signedBy} chose another. */
    public String sign() {
        RsaJsonWebKey key = signingKey != null ? signingKey : TestSigningKeys.current();
        JwtClaimsBuilder builder = Jwt.issuer(issuer != null ? issuer : TestSigningKeys.issuer())
                .audience(audience)
                .subject(subject)
                .issuedAt(Instant.now().minusSeconds(1))
                .expiresAt(expiresAt);
        if (notBefore != null) {
            builder.claim("nbf", notBefore.getEpochSecond());
        }
        claims.forEach(builder::claim);
        return builder.jws().keyId(key.getKeyId()).sign(TestSigningKeys.privateKeyOf(key));
    }

    /** The same claims with {@code alg: none} and no signature. */
    public String unsigned() {
        JsonWebSignature jws = jwsOfClaims();
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        return serialize(jws);
    }

    /** The classic key-confusion attack: HS256 with the provider's public key used as the HMAC secret. */
    public String hmacWithPublicKey() {
        JsonWebSignature jws = jwsOfClaims();
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKeyIdHeaderValue(TestSigningKeys.current().getKeyId());
        jws.setKey(new HmacKey(TestSigningKeys.current().getRsaPublicKey().getEncoded()));
        jws.setDoKeyValidation(false);
        return serialize(jws);
    }

    private JsonWebSignature jwsOfClaims() {
        JwtClaims jwtClaims = new JwtClaims();
        jwtClaims.setIssuer(issuer != null ? issuer : TestSigningKeys.issuer());
        jwtClaims.setAudience(audience);
        jwtClaims.setSubject(subject);
        jwtClaims.setIssuedAtToNow();
        jwtClaims.setExpirationTimeMinutesInTheFuture(5);
        claims.forEach(jwtClaims::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(jwtClaims.toJson());
        return jws;
    }

    private static String serialize(JsonWebSignature jws) {
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
