package org.proud2bops.events.guest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The tokens that let a guest erase their own data: 128 bits from {@link SecureRandom} as 22 characters of URL-safe
 * base64 without padding. Only the SHA-256 of a token is stored: the token is shown once, to whoever made the guest's
 * registration, and is never needed again, so reading the database never gives anyone the power to erase a guest. A
 * hash without salt is enough: nobody can try 2^128 tokens against it.
 */
public final class GuestErasureTokens {

    /** The length of every token the service makes; the operation refuses anything longer before looking it up. */
    public static final int LENGTH = 22;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private GuestErasureTokens() {}

    public static String newToken() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return ENCODER.encodeToString(bits);
    }

    /** What is stored of a token, and what a presented token is looked up by: its SHA-256, hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
