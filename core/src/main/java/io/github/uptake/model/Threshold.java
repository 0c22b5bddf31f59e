package io.github.uptake.model;

import java.math.BigInteger;

/**
 * A target share as an exact fraction p/q, for example 60% = 3/5 or "all of them" = 1/1.
 *
 * <p>Decisions are made in exact integer arithmetic: a count meets the threshold against a
 * denominator iff {@code count * q >= p * denominator}. Numerator and denominator are kept reduced
 * and at most 1.000.000, and counts at most 10^12, so no product exceeds 10^18 and nothing
 * overflows a {@code long}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Threshold implements Comparable<Threshold> {
    /** The largest numerator or denominator accepted. */
    public static final long MAX_TERM = 1_000_000L;
    /** Sixty percent, the Bluezone target for residents. */
    public static final Threshold SIXTY_PERCENT = new Threshold(3, 5);
    /** All of them, 100%. */
    public static final Threshold ALL = new Threshold(1, 1);

    private final long p;
    private final long q;

    private Threshold(long p, long q) {
        this.p = p;
        this.q = q;
    }

    /**
     * Obtains a threshold p/q, reduced.
     *
     * @param numerator  p, from 0 to q
     * @param denominator  q, from 1 to 1.000.000
     * @return the threshold, reduced, not null
     * @throws IllegalArgumentException if the fraction is out of range
     */
    public static Threshold of(long numerator, long denominator) {
        if (denominator < 1 || denominator > MAX_TERM || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("threshold must be p/q with 1 <= q <= " + MAX_TERM
                    + " and 0 <= p <= q, was " + numerator + "/" + denominator);
        }
        long g = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValue();
        return new Threshold(numerator / g, denominator / g);
    }

    /**
     * Obtains a threshold of a whole percentage.
     *
     * @param percent  the share in percent, 0 to 100
     * @return the threshold percent/100, reduced, not null
     * @throws IllegalArgumentException if the percentage is out of range
     */
    public static Threshold percent(int percent) {
        return of(percent, 100);
    }

    /**
     * Parses the form {@link #toString()} prints ({@code 3/5}), or a percentage such as
     * {@code 60%} or {@code 62.5%}.
     *
     * @param text  the text, not null; surrounding spaces are ignored and {@code ,} is read as a
     *     decimal mark in a percentage
     * @return the threshold, reduced, not null
     * @throws IllegalArgumentException if the text is not a threshold
     * @throws NullPointerException if the text is null
     */
    public static Threshold parse(CharSequence text) {
        String s = text.toString().strip();
        try {
            if (s.endsWith("%")) {
                java.math.BigDecimal pct = new java.math.BigDecimal(s.substring(0, s.length() - 1)
                        .strip().replace(',', '.'));
                java.math.BigDecimal scaled = pct.movePointLeft(2);
                int scale = Math.max(0, scaled.scale());
                long q = BigInteger.TEN.pow(scale).longValueExact();
                return of(scaled.movePointRight(scale).longValueExact(), q);
            }
            int slash = s.indexOf('/');
            if (slash > 0) {
                return of(Long.parseLong(s.substring(0, slash).strip()),
                        Long.parseLong(s.substring(slash + 1).strip()));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a threshold (write 3/5 or 60%): '" + s + "'", e);
        }
        throw new IllegalArgumentException("not a threshold (write 3/5 or 60%): '" + s + "'");
    }

    /**
     * Returns p, the reduced numerator.
     *
     * @return p, from 0 to {@link #denominator()}
     */
    public long numerator() {
        return p;
    }

    /**
     * Returns q, the reduced denominator.
     *
     * @return q, from 1 to {@link #MAX_TERM}
     */
    public long denominator() {
        return q;
    }

    /**
     * Returns true iff {@code count / denominator >= p / q}, decided exactly.
     *
     * @param count  the count in people, 0 to 10^12
     * @param denominator  the denominator in people, 0 to 10^12
     * @return true if the threshold is reached (always for a zero denominator)
     */
    public boolean isMetBy(long count, long denominator) {
        return count * q >= p * denominator;
    }

    /**
     * Returns the smallest count that meets the threshold: {@code ceil(p * denominator / q)}.
     *
     * @param denominator  the denominator in people, 0 to 10^12
     * @return the required count in people, 0 to {@code denominator}
     */
    public long requiredCount(long denominator) {
        long a = p * denominator;
        return (a + q - 1) / q;
    }

    /**
     * Returns how many more people must be counted to meet the threshold, never negative.
     *
     * @param count  the count in people, 0 to 10^12
     * @param denominator  the denominator in people, 0 to 10^12
     * @return the gap in people, 0 if the threshold is reached
     */
    public long gap(long count, long denominator) {
        return Math.max(0, requiredCount(denominator) - count);
    }

    @Override
    public int compareTo(Threshold o) {
        return Long.compare(p * o.q, o.p * q);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Threshold t && t.p == p && t.q == q;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(p) * 31 + Long.hashCode(q);
    }

    /**
     * Prints the threshold in the form {@link #parse(CharSequence)} reads back.
     *
     * @return {@code p/q}, e.g. {@code 3/5}, not null
     */
    @Override
    public String toString() {
        return p + "/" + q;
    }
}
