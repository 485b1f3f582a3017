package org.proud2bops.events.guest;

import org.proud2bops.platform.security.Sha256;
import org.proud2bops.platform.security.UnguessableTokens;

/**
 * The tokens that let a guest erase their own data: {@link UnguessableTokens} (128 bits, 22 URL-safe characters). Only the SHA-256 of a token is stored: the token is shown once, to whoever made the guest's
 * registration, and is never needed again, so reading the database never gives anyone the power to erase a guest. A
 * hash without salt is enough: nobody can try 2^128 tokens against it.
 */
public final class GuestErasureTokens {

    /** The length of every token the service makes; the operation refuses anything longer before looking it up. */
    public static final int LENGTH = UnguessableTokens.LENGTH;

    private GuestErasureTokens() {}

    public static String newToken() {
        return UnguessableTokens.newToken();
    }

    /** What is stored of a token, and what a presented token is looked up by: its SHA-256, hex. */
    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
