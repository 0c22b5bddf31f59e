package io.github.uptake.rollup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.testing.PropertyCheck;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

    /** A generated split: a total and weights. */
    record Case(long total, long[] weights) {
        @Override
        public String toString() {
            return "total=" + total + " weights=" + Arrays.toString(weights);
        }
    }

    @Test
    void partsAddUpToTheTotalAndEachIsWithinOneOfItsExactShare() {
        PropertyCheck.forAll(rnd -> {
            long[] w = new long[1 + rnd.nextInt(12)];
            for (int i = 0; i < w.length; i++) {
                w[i] = rnd.nextInt(5) == 0 ? 0 : rnd.nextLong(1 + rnd.nextLong(2_000_000));
            }
            w[rnd.nextInt(w.length)] += 1;
            return new Case(rnd.nextLong(rnd.nextBoolean() ? 100 : 10_000_000_000L), w);
        }).check("apportionment", c -> {
            long[] parts = Apportionment.largestRemainder(c.total(), c.weights());
            assertEquals(c.total(), Arrays.stream(parts).sum());
            BigInteger sum = BigInteger.valueOf(Arrays.stream(c.weights()).sum());
            for (int i = 0; i < parts.length; i++) {
                BigInteger floor = BigInteger.valueOf(c.total())
                        .multiply(BigInteger.valueOf(c.weights()[i])).divide(sum);
                long diff = parts[i] - floor.longValueExact();
                assertTrue(diff == 0 || diff == 1, "part " + i + " is " + diff + " above its floor");
                if (c.weights()[i] == 0) {
                    assertEquals(0, parts[i], "a zero weight gets nothing");
                }
            }
        });
    }

    @Test
    void leftoversGoToTheLargestRemaindersTiesToTheEarlierPart() {
        assertArrayEquals(new long[] {4, 3, 3}, Apportionment.largestRemainder(10, new long[] {1, 1, 1}));
        assertArrayEquals(new long[] {1, 2}, Apportionment.largestRemainder(3, new long[] {1, 2}));
        assertArrayEquals(new long[] {0, 0}, Apportionment.largestRemainder(0, new long[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> Apportionment.largestRemainder(5, new long[] {0, 0}));
    }
}
