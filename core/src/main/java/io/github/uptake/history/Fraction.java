package io.github.uptake.history;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact non-negative fraction of big integers, kept reduced: the weights of crosswalk pieces and
 * the re-based figures before they are rounded, so that re-basing through chained crosswalks is
 * exactly re-basing through their composition. This class is immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {
    /** Zero. */
    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    /** One. */
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private Fraction(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    /**
     * Obtains p/q, reduced.
     *
     * @param p  the numerator, 0 or more
     * @param q  the denominator, 1 or more
     * @return the fraction
     */
    public static Fraction of(long p, long q) {
        return of(BigInteger.valueOf(p), BigInteger.valueOf(q));
    }

    /**
     * Obtains p/q, reduced.
     *
     * @param p  the numerator, 0 or more
     * @param q  the denominator, 1 or more
     * @return the fraction
     */
    public static Fraction of(BigInteger p, BigInteger q) {
        if (p.signum() < 0 || q.signum() <= 0) {
            throw new IllegalArgumentException("a fraction needs p >= 0 and q >= 1, was " + p + "/"
                    + q);
        }
        BigInteger g = p.gcd(q);
        return g.equals(BigInteger.ONE) ? new Fraction(p, q) : new Fraction(p.divide(g),
                q.divide(g));
    }

    /**
     * Obtains a whole number.
     *
     * @param n  the number, 0 or more
     * @return the fraction
     */
    public static Fraction whole(long n) {
        return of(n, 1);
    }

    /**
     * Parses {@code p/q} or a whole number, the form {@link #toString()} prints.
     *
     * @param text  the text
     * @return the fraction
     */
    public static Fraction parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        try {
            return slash < 0 ? of(new BigInteger(s), BigInteger.ONE)
                    : of(new BigInteger(s.substring(0, slash).strip()),
                    new BigInteger(s.substring(slash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a fraction (write 1/3 or 2): '" + s + "'", e);
        }
    }

    /** Returns this plus another. */
    public Fraction plus(Fraction o) {
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    /** Returns this minus another, which must not be larger. */
    public Fraction minus(Fraction o) {
        return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    /** Returns this times another. */
    public Fraction times(Fraction o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    /** Returns this times a whole number. */
    public Fraction times(long n) {
        return of(num.multiply(BigInteger.valueOf(n)), den);
    }

    /** Returns the whole part, rounded down. */
    public BigInteger floor() {
        return num.divide(den);
    }

    /** Returns the part after the whole, in [0, 1). */
    public Fraction fractionalPart() {
        return of(num.mod(den), den);
    }

    /** Returns true if zero. */
    public boolean isZero() {
        return num.signum() == 0;
    }

    /**
     * Returns the value as a decimal, rounded half up, for display.
     *
     * @param scale  the number of decimals
     * @return the decimal
     */
    public java.math.BigDecimal toBigDecimal(int scale) {
        return new java.math.BigDecimal(num).divide(new java.math.BigDecimal(den), scale,
                java.math.RoundingMode.HALF_UP);
    }

    /** Returns the numerator. */
    public BigInteger numerator() {
        return num;
    }

    /** Returns the denominator. */
    public BigInteger denominator() {
        return den;
    }

    @Override
    public int compareTo(Fraction o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && f.num.equals(num) && f.den.equals(den);
    }

    @Override
    public int hashCode() {
        return Objects.hash(num, den);
    }

    /** Returns {@code p/q}, or {@code p} when whole. */
    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
