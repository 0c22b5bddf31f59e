package io.github.uptake.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticks of the trend chart's axes: counts at round steps (1, 2, 2,5 or 5 times a power of
 * ten) from 0, at most {@link #MAX_INTERVALS} intervals, so 3 to 5 ticks; days at steps of 1, 2,
 * 3 days, a week, two weeks or 4 weeks and more from the first day, at most
 * {@link #MAX_INTERVALS} intervals too. Labels are written by the caller. This class is stateless
 * and thread-safe.
 */
final class ChartTicks {
    /** The most intervals between ticks on an axis. */
    static final int MAX_INTERVALS = 4;
    private static final long[] DAY_STEPS = {1, 2, 3, 7, 14, 28, 56, 91, 182, 364, 728};

    private ChartTicks() {
    }

    /**
     * Returns the step between count ticks: the smallest round step that covers {@code max} in
     * at most {@link #MAX_INTERVALS} intervals.
     *
     * @param max  the largest count to show, 0 or more
     * @return the step, 1 or more
     * @throws IllegalArgumentException if {@code max} is negative
     */
    static long countStep(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must be 0 or more: " + max);
        }
        for (long power = 1; power <= 100_000_000_000_000_000L; power *= 10) {
            // 1, 2, 2.5 (not below 10: counts are whole), 5 times the power
            long[] steps = power < 10 ? new long[] {power, 2 * power, 5 * power}
                    : new long[] {power, 2 * power, power * 5 / 2, 5 * power};
            for (long s : steps) {
                if (ceilDiv(Math.max(1, max), s) <= MAX_INTERVALS) {
                    return s;
                }
            }
        }
        return 1_000_000_000_000_000_000L;
    }

    /**
     * Returns the count ticks: 0, one step, ... up to the first at or above {@code max}.
     *
     * @param max  the largest count to show, 0 or more
     * @return the ticks, 2 to {@link #MAX_INTERVALS} + 1 of them, ascending, not null
     */
    static long[] counts(long max) {
        long step = countStep(max);
        int n = (int) ceilDiv(Math.max(1, max), step);
        long[] out = new long[n + 1];
        for (int i = 0; i <= n; i++) {
            out[i] = i * step;
        }
        return out;
    }

    /**
     * Returns the day ticks of a span: the first day, then every step days within the span.
     *
     * @param first  the first day, not null
     * @param span  the days after the first that the axis covers, 0 or more
     * @return the days, ascending, the first included, not null
     */
    static List<LocalDate> days(LocalDate first, long span) {
        long step = DAY_STEPS[DAY_STEPS.length - 1];
        for (long s : DAY_STEPS) {
            if (span / s <= MAX_INTERVALS) {
                step = s;
                break;
            }
        }
        List<LocalDate> out = new ArrayList<>();
        for (long d = 0; d <= span; d += step) {
            out.add(first.plusDays(d));
        }
        return out;
    }

    /**
     * Writes a day as the axis shows it, {@code dd/MM}: {@code 05/08}.
     *
     * @param day  the day, not null
     * @return the text, not null
     */
    static String dayMonth(LocalDate day) {
        return (day.getDayOfMonth() < 10 ? "0" : "") + day.getDayOfMonth() + "/"
                + (day.getMonthValue() < 10 ? "0" : "") + day.getMonthValue();
    }

    private static long ceilDiv(long a, long b) {
        return a / b + (a % b == 0 ? 0 : 1);
    }
}
