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
        if (!isIdentifier(id)) {
            throw new IllegalArgumentException(field + " must be a lower-case identifier"
                    + " (a letter, then letters, digits, '_' or '-', 63 at most), was: " + quote(id));
        }
        return id;
    }

    /**
     * Returns true if the text is a valid lower-case identifier: a letter {@code a-z}, then
     * letters {@code a-z}, digits, '_' or '-', 63 characters at most. The rule of
     * {@link #identifier(String, String)}, hence of {@code Segment.of} and {@code UnitKind.of}.
     *
     * @param id  the text, may be null (then false)
     * @return true if valid
     */
    public static boolean isIdentifier(String id) {
        return id != null && IDENTIFIER.matcher(id).matches();
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
        if (!isUnitCode(code)) {
            throw new IllegalArgumentException(field + " must be a unit code (1-32 letters, digits,"
                    + " '.', '_' or '-'; leading zeros kept), was: " + quote(code));
        }
        return code;
    }

    /**
     * Returns true if the text is a valid unit code, the rule of
     * {@link #unitCode(String, String)}: 1 to 32 ASCII letters, digits, '.', '_' or '-', starting
     * with a letter or digit.
     *
     * @param code  the text, may be null (then false)
     * @return true if valid
     */
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
        if (!isText(s)) {
            throw new IllegalArgumentException(field + " must not be null or blank, was " + quote(s));
        }
        return s;
    }

    /**
     * Returns true if text is present, the rule of {@link #text(String, String)}: not null and not
     * {@linkplain String#isBlank() blank} (whitespace as {@link Character#isWhitespace(int)}
     * defines it).
     *
     * @param s  the text, may be null (then false)
     * @return true if present
     */
    public static boolean isText(String s) {
        return s != null && !s.isBlank();
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
