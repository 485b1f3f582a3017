package org.proud2bops.events.checkin;

import org.proud2bops.platform.security.UnguessableTokens;

/**
 * Check-in codes: {@link UnguessableTokens} (128 bits, 22 URL-safe characters: they fit a QR code of the smallest
 * sizes and a URL unescaped). Guessing one is hopeless (2^128 codes for at most thousands of
 * real ones per event), so a code can be stored and shown as it is: it is shown to the attendee again whenever they
 * look at their registration, which a stored hash could not do, and it grants nothing but being checked in at one
 * event by the desk (events admins), who see the attendee list anyway.
 */
public final class CheckInCodes {

    /** The length of every code: those the service makes, and the database's default (V5) for rows without one. */
    public static final int LENGTH = UnguessableTokens.LENGTH;

    private CheckInCodes() {}

    public static String newCode() {
        return UnguessableTokens.newToken();
    }
}
