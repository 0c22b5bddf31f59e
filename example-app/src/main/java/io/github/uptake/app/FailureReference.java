package io.github.uptake.app;

import java.security.SecureRandom;

/**
 * The short reference under which an unexpected failure is logged and shown to the user (the
 * dashboard's 500 page, the command line's exit 70), so a report of it can be found in the log:
 * 8 characters without look-alikes (no 0/o, 1/l/i). Thread-safe.
 */
public final class FailureReference {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CHARS = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    /** How many characters a reference has. */
    public static final int LENGTH = 8;

    private FailureReference() {
    }

    /**
     * Returns a fresh reference.
     *
     * @return 8 characters, not null
     */
    public static String next() {
        char[] c = new char[LENGTH];
        for (int i = 0; i < c.length; i++) {
            c[i] = CHARS[RANDOM.nextInt(CHARS.length)];
        }
        return new String(c);
    }
}
