package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.testing.PropertyCheck;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ThresholdTest {

    /** A generated threshold decision: count, denominator and p/q, often right at the boundary. */
    record Case(long count, long denominator, long p, long q) {
    }

    static Case generateCase(java.util.SplittableRandom rnd) {
        long q = 1 + rnd.nextLong(rnd.nextBoolean() ? 100 : Threshold.MAX_TERM);
        long p = rnd.nextLong(q + 1);
        long den = rnd.nextInt(4) == 0 ? rnd.nextLong(1000) : rnd.nextLong(1_000_000_000_000L + 1);
        long required = BigInteger.valueOf(p).multiply(BigInteger.valueOf(den))
                .add(BigInteger.valueOf(q - 1)).divide(BigInteger.valueOf(q)).longValueExact();
        long count = switch (rnd.nextInt(4)) {
            case 0 -> Math.max(0, required - 1);
            case 1 -> required;
            case 2 -> Math.min(1_000_000_000_000L, required + 1);
            default -> rnd.nextLong(1_000_000_000_001L);
        };
        return new Case(count, den, p, q);
    }

    @Test
    void targetIsMetIffTheExactInequalityHoldsAndTheGapIsExact() {
        PropertyCheck.forAll(ThresholdTest::generateCase).check("threshold-exact", c -> {
            Threshold t = Threshold.of(c.p(), c.q());
            BigInteger lhs = BigInteger.valueOf(c.count()).multiply(BigInteger.valueOf(c.q()));
            BigInteger rhs = BigInteger.valueOf(c.p()).multiply(BigInteger.valueOf(c.denominator()));
            assertEquals(lhs.compareTo(rhs) >= 0, t.isMetBy(c.count(), c.denominator()));
            long gap = t.gap(c.count(), c.denominator());
            assertTrue(gap >= 0);
            assertTrue(t.isMetBy(c.count() + gap, c.denominator()), "count + gap meets it");
            if (gap > 0) {
                assertFalse(t.isMetBy(c.count() + gap - 1, c.denominator()), "gap is the least");
            }
        });
    }

    @Test
    void reducesAndParsesWhatItPrints() {
        assertEquals(Threshold.SIXTY_PERCENT, Threshold.of(60, 100));
        assertEquals("3/5", Threshold.percent(60).toString());
        assertEquals(Threshold.SIXTY_PERCENT, Threshold.parse("3/5"));
        assertEquals(Threshold.SIXTY_PERCENT, Threshold.parse("60%"));
        assertEquals(Threshold.of(5, 8), Threshold.parse("62,5%"));
        assertEquals(Threshold.ALL, Threshold.parse("100%"));
    }

    @Test
    void rejectsWhatIsNotAThreshold() {
        assertThrows(IllegalArgumentException.class, () -> Threshold.of(6, 5));
        assertThrows(IllegalArgumentException.class, () -> Threshold.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Threshold.of(1, 2_000_000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Threshold.parse("sixty"));
        assertTrue(e.getMessage().contains("'sixty'"));
    }

    @Test
    void longAnGapIsEightHundredSixtyEightThousandEightHundredSeventyFour() {
        assertEquals(868_874, Threshold.SIXTY_PERCENT.gap(197_011, 1_776_474));
        assertFalse(Threshold.SIXTY_PERCENT.isMetBy(197_011, 1_776_474));
        assertTrue(Threshold.SIXTY_PERCENT.isMetBy(3, 5));
        assertFalse(Threshold.SIXTY_PERCENT.isMetBy(2, 5));
    }
}
