package io.github.uptake.live;

import io.github.uptake.rollup.DailyCounts;
import java.util.Arrays;

/**
 * One unit's days in a segment, from its first reported day to its last: per day the current
 * figure ({@link DailyCounts#NO_REPORT} where none), the sending time of the revision it comes
 * from and the first arrival, both in microseconds of the epoch. Not thread-safe: the owner's
 * lock guards it.
 */
final class LiveRow {
    private static final long NONE = Long.MIN_VALUE;
    private long first;
    private long[] counts;
    private long[] sent;
    private long[] arrivals;

    /** Receives one day's figure or first arrival. */
    @FunctionalInterface
    interface DayVisitor {
        void visit(String code, long day, long value);
    }

    LiveRow(long day) {
        first = day;
        counts = new long[] {DailyCounts.NO_REPORT};
        sent = new long[] {NONE};
        arrivals = new long[] {NONE};
    }

    /**
     * Merges a revision: its figure becomes current if it was sent later than the current one, or
     * at the same moment with a greater count; its sending time becomes the first arrival if
     * earlier.
     *
     * @return true if the day's figure or first arrival changed
     */
    boolean merge(long day, long count, long sentAt) {
        int i = index(day);
        boolean changed = false;
        if (counts[i] == DailyCounts.NO_REPORT || sentAt > sent[i]
                || sentAt == sent[i] && count > counts[i]) {
            changed = counts[i] != count;
            counts[i] = count;
            sent[i] = sentAt;
        }
        if (arrivals[i] == NONE || sentAt < arrivals[i]) {
            arrivals[i] = sentAt;
            changed = true;
        }
        return changed;
    }

    /** Returns the index of a day, growing the row to hold it. */
    private int index(long day) {
        if (day < first) {
            int by = (int) (first - day);
            counts = shift(counts, by, DailyCounts.NO_REPORT);
            sent = shift(sent, by, NONE);
            arrivals = shift(arrivals, by, NONE);
            first = day;
        } else if (day >= first + counts.length) {
            int size = (int) (day - first + 1);
            int old = counts.length;
            counts = grow(counts, old, size, DailyCounts.NO_REPORT);
            sent = grow(sent, old, size, NONE);
            arrivals = grow(arrivals, old, size, NONE);
        }
        return (int) (day - first);
    }

    private static long[] shift(long[] a, int by, long fill) {
        long[] out = new long[a.length + by];
        Arrays.fill(out, 0, by, fill);
        System.arraycopy(a, 0, out, by, a.length);
        return out;
    }

    private static long[] grow(long[] a, int old, int size, long fill) {
        long[] out = Arrays.copyOf(a, size);
        Arrays.fill(out, old, size, fill);
        return out;
    }

    /** Returns the latest day with a figure on or before a day, or {@link Long#MIN_VALUE}. */
    long latestOnOrBefore(long limit) {
        for (long d = Math.min(limit, first + counts.length - 1); d >= first; d--) {
            if (counts[(int) (d - first)] != DailyCounts.NO_REPORT) {
                return d;
            }
        }
        return NONE;
    }

    /** Visits every day from {@code a} to {@code b} with a figure: the figure or first arrival. */
    void forEachDay(String code, long a, long b, boolean arrivalsWanted, DayVisitor visitor) {
        long end = Math.min(b, first + counts.length - 1);
        for (long d = Math.max(a, first); d <= end; d++) {
            int i = (int) (d - first);
            if (counts[i] != DailyCounts.NO_REPORT) {
                visitor.visit(code, d, arrivalsWanted ? arrivals[i] : counts[i]);
            }
        }
    }
}
