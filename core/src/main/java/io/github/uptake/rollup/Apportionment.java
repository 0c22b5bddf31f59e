package io.github.uptake.rollup;

import io.github.uptake.internal.Checks;

/**
 * Splits a whole number of people among parts in proportion to weights, so that the parts add up
 * exactly to the total (the largest-remainder method, also called Hamilton's method).
 *
 * <p>Each part first gets {@code floor(total * weight / sum)}; the people left over go one each to
 * the parts with the largest remainders, ties going to the earlier part. Every part is then within
 * one person of its exact share. Used to allocate a figure known only for a whole (a province's
 * total, a commune split between new communes) to its parts, marked as estimated.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Apportionment {
    private Apportionment() {
    }

    /**
     * Splits a total in proportion to weights.
     *
     * @param total  the whole number of people to split, 0 to 10^12
     * @param weights  the weights, each 0 to 10^12, at least one positive, not null
     * @return a new array of the parts in people, in the order of the weights, adding up to
     *     {@code total}
     * @throws IllegalArgumentException if no weight is positive, or the total or a weight is out
     *     of range
     * @throws NullPointerException if the weights are null
     */
    public static long[] largestRemainder(long total, long[] weights) {
        Checks.count(total, "total");
        java.math.BigInteger sum = java.math.BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            Checks.count(weights[i], "weights[" + i + "]");
            sum = sum.add(java.math.BigInteger.valueOf(weights[i]));
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        long[] parts = new long[weights.length];
        java.math.BigInteger[] remainders = new java.math.BigInteger[weights.length];
        java.math.BigInteger t = java.math.BigInteger.valueOf(total);
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            java.math.BigInteger[] qr = t.multiply(java.math.BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(sum);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (remainders[i].signum() >= 0
                        && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = java.math.BigInteger.ONE.negate();
        }
        return parts;
    }
}
