package io.github.uptake.history;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact non-negative fraction of big integers, kept reduced: the weights of crosswalk pieces and
 * the re-based figures before they are rounded, so that re-basing through chained crosswalks is
 * exactly re-basing through their composition. This class is immutable and thread-safe.
 *
 * @since 0.1.0
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
     * @return the fraction, reduced, not null
     * @throws IllegalArgumentException if {@code p} is negative or {@code q} is less than 1
     */
    public static Fraction of(long p, long q) {
        return of(BigInteger.valueOf(p), BigInteger.valueOf(q));
    }

    /**
     * Obtains p/q, reduced.
     *
     * @param p  the numerator, 0 or more, not null
     * @param q  the denominator, 1 or more, not null
     * @return the fraction, reduced, not null
     * @throws IllegalArgumentException if {@code p} is negative or {@code q} is less than 1
     * @throws NullPointerException if a term is null
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
     * @return the fraction n/1, not null
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static Fraction whole(long n) {
        return of(n, 1);
    }

    /**
     * Parses {@code p/q} or a whole number, the form {@link #toString()} prints.
     *
     * @param text  the text, such as {@code 1/3} or {@code 2}, not null; spaces around the terms
     *     are ignored
     * @return the fraction, reduced, not null
     * @throws IllegalArgumentException if the text is not a fraction, or a term is out of range
     * @throws NullPointerException if the text is null
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

    /**
     * Returns this plus another, exactly.
     *
     * @param o  the fraction to add, not null
     * @return the sum, reduced, not null
     */
    public Fraction plus(Fraction o) {
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    /**
     * Returns this minus another, which must not be larger, exactly.
     *
     * @param o  the fraction to subtract, not larger than this one, not null
     * @return the difference, reduced, not null
     * @throws IllegalArgumentException if {@code o} is larger than this one
     */
    public Fraction minus(Fraction o) {
        return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    /**
     * Returns this times another, exactly.
     *
     * @param o  the factor, not null
     * @return the product, reduced, not null
     */
    public Fraction times(Fraction o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    /**
     * Returns this times a whole number, exactly: a weight applied to a count of people.
     *
     * @param n  the factor, 0 or more
     * @return the product, reduced, not null
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public Fraction times(long n) {
        return of(num.multiply(BigInteger.valueOf(n)), den);
    }

    /**
     * Returns the whole part, rounded down: the people certainly counted.
     *
     * @return the floor of p/q, 0 or more, not null
     */
    public BigInteger floor() {
        return num.divide(den);
    }

    /**
     * Returns the part after the whole, what rounding has to place.
     *
     * @return the fractional part, in [0, 1), not null
     */
    public Fraction fractionalPart() {
        return of(num.mod(den), den);
    }

    /**
     * Returns true if zero.
     *
     * @return true if the numerator is 0
     */
    public boolean isZero() {
        return num.signum() == 0;
    }

    /**
     * Returns the value as a decimal, rounded half up, for display.
     *
     * @param scale  the number of decimals, 0 or more
     * @return the decimal, not null
     */
    public java.math.BigDecimal toBigDecimal(int scale) {
        return new java.math.BigDecimal(num).divide(new java.math.BigDecimal(den), scale,
                java.math.RoundingMode.HALF_UP);
    }

    /**
     * Returns the numerator of the reduced fraction.
     *
     * @return p, 0 or more, not null
     */
    public BigInteger numerator() {
        return num;
    }

    /**
     * Returns the denominator of the reduced fraction.
     *
     * @return q, 1 or more, not null
     */
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

    /**
     * Prints the fraction in the form {@link #parse(String)} reads.
     *
     * @return {@code p/q}, or {@code p} when whole, not null
     */
    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
