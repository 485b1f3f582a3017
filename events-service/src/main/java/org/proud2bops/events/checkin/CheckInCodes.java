package org.proud2bops.events.checkin;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Check-in codes: 128 bits from {@link SecureRandom}, written as 22 characters of URL-safe base64 without padding (fits
 * a QR code of the smallest sizes and a URL unescaped). Guessing one is hopeless (2^128 codes for at most thousands of
 * real ones per event), so a code can be stored and shown as it is: it is shown to the attendee again whenever they
 * look at their registration, which a stored hash could not do, and it grants nothing but being checked in at one
 * event by the desk (events admins), who see the attendee list anyway.
 */
public final class CheckInCodes {

    /** The length of every code: those the service makes, and the database's default (V5) for rows without one. */
    public static final int LENGTH = 22;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private CheckInCodes() {}

    public static String newCode() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return ENCODER.encodeToString(bits);
    }
}
