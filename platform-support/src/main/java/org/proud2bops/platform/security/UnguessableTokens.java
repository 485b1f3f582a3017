package org.proud2bops.platform.security;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Tokens nobody can guess (codes, links that are their own credential): 128 bits from {@link SecureRandom}, written
 * as 22 characters of URL-safe base64 without padding, so they fit a URL path segment and a small QR code unescaped.
 */
public final class UnguessableTokens {

    /** The length of every token. */
    public static final int LENGTH = 22;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private UnguessableTokens() {}

    public static String newToken() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return ENCODER.encodeToString(bits);
    }
}
