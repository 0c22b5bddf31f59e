package io.github.uptake.app.entry;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.port.ReportStore;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The stored figures around a day of the units of a subtree, read once from the store: each
 * unit's current figure for the day, its latest figure of an earlier day and its earliest figure of
 * a later day, within {@code window} days either side. A figure dated before its unit came into
 * being belongs to the earlier unit with that code and is left out. Indexed by the units' ordinals,
 * primitive arrays; not thread-safe while being read, immutable after.
 */
final class KnownFigures {
    private static final long NONE = Long.MIN_VALUE;

    private final int top;
    private final long day;
    private final long[] same;
    private final long[] beforeDay;
    private final long[] before;
    private final long[] afterDay;
    private final long[] after;

    private KnownFigures(int top, int size, long day) {
        this.top = top;
        this.day = day;
        this.same = filled(size);
        this.beforeDay = filled(size);
        this.before = new long[size];
        this.afterDay = filled(size);
        this.after = new long[size];
    }

    private static long[] filled(int size) {
        long[] a = new long[size];
        Arrays.fill(a, NONE);
        return a;
    }

    /**
     * Reads the figures of the units with ordinals {@code top} (inclusive) to {@code end}
     * (exclusive) of a version.
     *
     * @param store  the reports, not null
     * @param version  the units, not null
     * @param top  the first ordinal of the subtree
     * @param end  the end of the subtree, exclusive
     * @param segment  the segment, not null
     * @param day  the day, not null
     * @param window  how many days before and after the day to look
     * @return the figures, not null
     */
    static KnownFigures read(ReportStore store, HierarchyVersion version, int top, int end,
                             Segment segment, LocalDate day, int window) {
        KnownFigures k = new KnownFigures(top, end - top, day.toEpochDay());
        store.forEachCurrent(segment, day.minusDays(window), day.plusDays(window),
                (code, d, count) -> {
                    int o = version.ordinal(code);
                    if (o >= top && o < end) {
                        Unit u = version.unitAt(o);
                        if (u.existsOn(LocalDate.ofEpochDay(d))) {
                            k.offer(o - top, d, count);
                        }
                    }
                });
        return k;
    }

    private void offer(int i, long d, long count) {
        if (d == day) {
            same[i] = count;
        } else if (d < day && d > beforeDay[i]) {
            beforeDay[i] = d;
            before[i] = count;
        } else if (d > day && (afterDay[i] == NONE || d < afterDay[i])) {
            afterDay[i] = d;
            after[i] = count;
        }
    }

    /** Returns the unit's current figure for the day, if it has one. */
    OptionalLong sameDay(int ordinal) {
        long v = same[ordinal - top];
        return v == NONE ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** Returns the unit's latest figure of an earlier day within the window, if any. */
    OptionalLong before(int ordinal) {
        return beforeDay[ordinal - top] == NONE ? OptionalLong.empty()
                : OptionalLong.of(before[ordinal - top]);
    }

    /** Returns the day of {@link #before}; call only when it has a figure. */
    LocalDate beforeDay(int ordinal) {
        return LocalDate.ofEpochDay(beforeDay[ordinal - top]);
    }

    /** Returns the unit's earliest figure of a later day within the window, if any. */
    OptionalLong after(int ordinal) {
        return afterDay[ordinal - top] == NONE ? OptionalLong.empty()
                : OptionalLong.of(after[ordinal - top]);
    }

    /** Returns the day of {@link #after}; call only when it has a figure. */
    LocalDate afterDay(int ordinal) {
        return LocalDate.ofEpochDay(afterDay[ordinal - top]);
    }
}
