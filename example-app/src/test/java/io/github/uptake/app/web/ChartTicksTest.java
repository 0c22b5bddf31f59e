package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The axes' ticks: round counts from 0, a few days, dd/MM. */
class ChartTicksTest {
    @Test
    void countsGoFromZeroByARoundStepInThreeToFiveTicks() {
        assertArrayEquals(new long[] {0, 50_000, 100_000, 150_000, 200_000},
                ChartTicks.counts(197_011));
        assertArrayEquals(new long[] {0, 250, 500, 750, 1000}, ChartTicks.counts(1000));
        assertArrayEquals(new long[] {0, 500, 1000, 1500}, ChartTicks.counts(1001));
        assertArrayEquals(new long[] {0, 1}, ChartTicks.counts(0));
        assertArrayEquals(new long[] {0, 1, 2, 3}, ChartTicks.counts(3));
        for (long max = 0; max < 100_000; max = max * 3 + 7) {
            long[] t = ChartTicks.counts(max);
            assertTrue(t.length >= 2 && t.length <= ChartTicks.MAX_INTERVALS + 1, max + ": "
                    + t.length);
            assertTrue(t[t.length - 1] >= max && t[t.length - 2] < Math.max(1, max), max
                    + " is covered by the last tick only");
        }
        assertThrows(IllegalArgumentException.class, () -> ChartTicks.countStep(-1));
    }

    @Test
    void daysAreAFewTicksFromTheFirstDayWrittenDayMonth() {
        LocalDate first = LocalDate.of(2020, 7, 21);
        List<LocalDate> days = ChartTicks.days(first, 25);
        assertEquals(List.of(first, first.plusDays(7), first.plusDays(14), first.plusDays(21)),
                days);
        assertEquals(1, ChartTicks.days(first, 0).size());
        assertEquals(4, ChartTicks.days(first, 85).size(), "26 days and a projection of 60");
        assertEquals("21/07", ChartTicks.dayMonth(first));
        assertEquals("04/08", ChartTicks.dayMonth(first.plusDays(14)));
        assertEquals("15/12", ChartTicks.dayMonth(LocalDate.of(2020, 12, 15)));
    }
}
