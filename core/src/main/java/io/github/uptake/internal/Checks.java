package io.github.uptake.internal;

import java.util.regex.Pattern;

/**
 * Argument checks shared by the value types; fail fast with messages that name the field and the
 * value. Not part of the public API.
 */
public final class Checks {
    /** Largest count or denominator the library accepts: 10^12, far above any population. */
    public static final long MAX_COUNT = 1_000_000_000_000L;

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_-]{0,62}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");

    private Checks() {
    }

    /**
     * Checks a lower-case identifier such as a segment or a unit kind.
     *
     * @param id  the identifier
     * @param field  the field name for the message
     * @return the identifier
     */
    public static String identifier(String id, String field) {
        if (id == null || !IDENTIFIER.matcher(id).matches()) {
            throw new IllegalArgumentException(field + " must be a lower-case identifier"
                    + " (a letter, then letters, digits, '_' or '-', 63 at most), was: " + quote(id));
        }
        return id;
    }

    /**
     * Checks a unit code: 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or
     * digit. Leading zeros are part of the code.
     *
     * @param code  the code
     * @param field  the field name for the message
     * @return the code
     */
    public static String unitCode(String code, String field) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(field + " must be a unit code (1-32 letters, digits,"
                    + " '.', '_' or '-'; leading zeros kept), was: " + quote(code));
        }
        return code;
    }

    /** Returns true if the text is a valid unit code. */
    public static boolean isUnitCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /**
     * Checks a count of people: 0 to {@link #MAX_COUNT}.
     *
     * @param count  the count
     * @param field  the field name for the message
     * @return the count
     */
    public static long count(long count, String field) {
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException(field + " must be between 0 and " + MAX_COUNT
                    + ", was " + count);
        }
        return count;
    }

    /**
     * Checks that text is present.
     *
     * @param s  the text
     * @param field  the field name for the message
     * @return the text
     */
    public static String text(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(field + " must not be null or blank, was " + quote(s));
        }
        return s;
    }

    /**
     * Checks that a value is not null.
     *
     * @param <T>  the type
     * @param v  the value
     * @param field  the field name for the message
     * @return the value
     */
    public static <T> T notNull(T v, String field) {
        if (v == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return v;
    }

    private static String quote(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
