package io.github.uptake.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.testing.PropertyCheck;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The ranking's exact comparison of two rates, {@code a * b} against {@code c * d} in 128 bits,
 * agrees with {@link BigInteger} on values from 0 to 10^12 (the range of counts and
 * denominators), near the edges and where the products tie.
 */
class RankingComparisonPropertiesTest {
    private static final long MAX = 1_000_000_000_000L;

    private static long value(SplittableRandom r) {
        return switch (r.nextInt(5)) {
            case 0 -> r.nextLong(0, 11);
            case 1 -> MAX - r.nextLong(0, 11);
            case 2 -> r.nextLong(0, 1L << 40);
            default -> r.nextLong(0, MAX + 1);
        };
    }

    @Test
    void comparesProductsAsBigIntegerDoes() {
        PropertyCheck.forAll(r -> {
            long a = value(r);
            long b = value(r);
            // a tie half the time: the same product written the other way round
            return r.nextBoolean() ? new long[] {a, b, b, a} : new long[] {a, b, value(r),
                value(r)};
        }).cases(20_000).check("exact product comparison", v -> {
            int expected = BigInteger.valueOf(v[0]).multiply(BigInteger.valueOf(v[1]))
                    .compareTo(BigInteger.valueOf(v[2]).multiply(BigInteger.valueOf(v[3])));
            assertEquals(expected, Integer.signum(Ranking.compareProducts(v[0], v[1], v[2],
                    v[3])), java.util.Arrays.toString(v));
        });
    }
}
