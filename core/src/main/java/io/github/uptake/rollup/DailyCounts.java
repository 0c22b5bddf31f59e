package io.github.uptake.rollup;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Unit;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The current reported figures of one segment for every unit of a hierarchy version and every day
 * of a window, laid out densely for the engine: one {@code long} per unit and day, unit-major, with
 * {@link #NO_REPORT} where a unit sent nothing as of that day.
 *
 * <p>Internally the table is built for the engine's hot loop: a dense row per unit holding each
 * day's reported figure (0 where none), plus, per unit, the short list of days without a report
 * (gaps), each with the figure last reported before it and how many days old that figure is. The
 * series then adds whole rows (a loop the JIT vectorizes) and visits only the gaps to carry figures
 * forward or count units missing.
 *
 * <p>Load the window from {@code carryForwardDays} before the first day you want to roll up, so
 * figures carried into it are known. Reports dated before a unit's {@link Unit#validFrom()} belong to
 * an earlier unit with the same code and are left out; so are codes outside the version.
 * This class is immutable and thread-safe once built.
 *
 * @since 0.1.0
 */
public final class DailyCounts {
    /** The value of a unit and day with no report. */
    public static final long NO_REPORT = -1L;

    /** The age of a gap with no earlier figure in the window. */
    static final int NEVER = Integer.MAX_VALUE;

    private final HierarchyVersion version;
    private final LocalDate firstDay;
    private final int days;
    /** Each unit-day's reported figure, 0 where there is none (a gap). */
    private final long[] fresh;
    /** Gaps of unit u are {@code gapStart[u]} to {@code gapStart[u + 1]}, by day. */
    private final int[] gapStart;
    private final int[] gapDay;
    /** Days since the last figure before the gap, or {@link #NEVER}. */
    private final int[] gapAge;
    /** The last figure before the gap, 0 if none. */
    private final long[] gapValue;

    private DailyCounts(HierarchyVersion version, LocalDate firstDay, int days, long[] raw) {
        this.version = version;
        this.firstDay = firstDay;
        this.days = days;
        int gaps = 0;
        for (long v : raw) {
            if (v == NO_REPORT) {
                gaps++;
            }
        }
        int n = version.size();
        this.gapStart = new int[n + 1];
        this.gapDay = new int[gaps];
        this.gapAge = new int[gaps];
        this.gapValue = new long[gaps];
        int g = 0;
        for (int u = 0; u < n; u++) {
            gapStart[u] = g;
            long last = 0;
            long lastDay = Long.MIN_VALUE;
            for (int d = 0, cell = u * days; d < days; d++, cell++) {
                long v = raw[cell];
                if (v == NO_REPORT) {
                    raw[cell] = 0;
                    gapDay[g] = d;
                    gapAge[g] = lastDay == Long.MIN_VALUE ? NEVER : (int) (d - lastDay);
                    gapValue[g] = last;
                    g++;
                } else {
                    last = v;
                    lastDay = d;
                }
            }
        }
        gapStart[n] = g;
        this.fresh = raw;
    }

    /**
     * Starts an empty table for a version and the days {@code first} to {@code last} inclusive.
     *
     * @param version  the hierarchy version, not null
     * @param first  the first day, not null
     * @param last  the last day, not before the first, not null
     * @return a builder with no figure yet, not null
     * @throws IllegalArgumentException if the window is not 1 to 100000 days, or holds more unit
     *     days than an array can
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(HierarchyVersion version, LocalDate first, LocalDate last) {
        Checks.notNull(version, "version");
        long span = last.toEpochDay() - first.toEpochDay() + 1;
        if (span < 1 || span > 100_000) {
            throw new IllegalArgumentException("window must hold 1 to 100000 days, was " + first
                    + " to " + last);
        }
        long cells = span * version.size();
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("window too large: " + version.size() + " units x "
                    + span + " days");
        }
        return new Builder(version, first, (int) span);
    }

    /**
     * Returns the hierarchy version the rows belong to.
     *
     * @return the version, not null
     */
    public HierarchyVersion version() {
        return version;
    }

    /**
     * Returns the first day of the window, day index 0.
     *
     * @return the first day, not null
     */
    public LocalDate firstDay() {
        return firstDay;
    }

    /**
     * Returns the last day of the window.
     *
     * @return the last day, inclusive, not null
     */
    public LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }

    /**
     * Returns the number of days in the window.
     *
     * @return the number of days, 1 to 100000
     */
    public int days() {
        return days;
    }

    /**
     * Returns the figure of a unit as of a day.
     *
     * @param ordinal  the unit's ordinal in the version
     * @param dayIndex  0 for the first day of the window, less than {@link #days()}
     * @return the count in people, or {@link #NO_REPORT} if the unit reported nothing as of that
     *     day
     * @throws IndexOutOfBoundsException if the ordinal or the day index is out of range
     */
    public long valueAt(int ordinal, int dayIndex) {
        long v = fresh[ordinal * days + dayIndex];
        return v != 0 || gapIndex(ordinal, dayIndex) < 0 ? v : NO_REPORT;
    }

    /**
     * Returns a unit's last figure on or before a day, carried forward at most the given number of
     * days.
     *
     * @param ordinal  the unit's ordinal in the version
     * @param dayIndex  0 for the first day of the window, less than {@link #days()}
     * @param window  the carry-forward days, 0 or more
     * @return the figure in people, or {@link #NO_REPORT} if none within the window
     * @throws IndexOutOfBoundsException if the ordinal or the day index is out of range
     */
    public long carriedAt(int ordinal, int dayIndex, int window) {
        int g = gapIndex(ordinal, dayIndex);
        if (g < 0) {
            return fresh[ordinal * days + dayIndex];
        }
        return gapAge[g] <= window ? gapValue[g] : NO_REPORT;
    }

    /**
     * Returns how many days old a unit's last figure on or before a day is: 0 if it reported that
     * day.
     *
     * @param ordinal  the unit's ordinal in the version
     * @param dayIndex  0 for the first day of the window, less than {@link #days()}
     * @return the age in days, or -1 if there is no earlier figure in the window
     * @throws IndexOutOfBoundsException if the ordinal or the day index is out of range
     */
    public int ageAt(int ordinal, int dayIndex) {
        int g = gapIndex(ordinal, dayIndex);
        return g < 0 ? 0 : (gapAge[g] == NEVER ? -1 : gapAge[g]);
    }

    /** Receives the reported figures of one unit, day by day. */
    @FunctionalInterface
    public interface FigureVisitor {
        /**
         * Receives one reported figure.
         *
         * @param dayIndex  0 for the first day of the window
         * @param count  the figure, in people
         */
        void visit(int dayIndex, long count);
    }

    /**
     * Streams a unit's reported figures in day order, skipping the days without a report.
     *
     * @param ordinal  the unit's ordinal in the version
     * @param visitor  receives each figure, not null
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public void forEachReported(int ordinal, FigureVisitor visitor) {
        int g = gapStart[ordinal];
        int ge = gapStart[ordinal + 1];
        int base = ordinal * days;
        for (int d = 0; d < days; d++) {
            if (g < ge && gapDay[g] == d) {
                g++;
            } else {
                visitor.visit(d, fresh[base + d]);
            }
        }
    }

    /**
     * Copies a unit's reported figures, in day order, into the given arrays (the fast path for
     * checks that walk every unit).
     *
     * @param ordinal  the unit's ordinal in the version
     * @param dayOut  receives the day indexes, at least {@link #days()} long, not null
     * @param countOut  receives the figures in people, at least {@link #days()} long, not null
     * @return the number of figures copied, 0 to {@link #days()}
     * @throws IndexOutOfBoundsException if the ordinal is out of range or an array is too short
     */
    public int copyReported(int ordinal, int[] dayOut, long[] countOut) {
        int g = gapStart[ordinal];
        int ge = gapStart[ordinal + 1];
        int base = ordinal * days;
        int n = 0;
        for (int d = 0; d < days; d++) {
            if (g < ge && gapDay[g] == d) {
                g++;
            } else {
                dayOut[n] = d;
                countOut[n++] = fresh[base + d];
            }
        }
        return n;
    }

    /** Returns the index of the gap of a unit on a day, or -1 if it reported that day. */
    private int gapIndex(int ordinal, int dayIndex) {
        int i = java.util.Arrays.binarySearch(gapDay, gapStart[ordinal], gapStart[ordinal + 1],
                dayIndex);
        return i >= 0 ? i : -1;
    }

    /**
     * Returns the day index of a date.
     *
     * @param date  the date, not null
     * @return the day index, 0 for the first day; negative before the window, {@link #days()} or
     *     more after it
     */
    public int dayIndex(LocalDate date) {
        return (int) (date.toEpochDay() - firstDay.toEpochDay());
    }

    /** Gives the engine the dense rows without copying. */
    long[] freshValues() {
        return fresh;
    }

    int[] gapStarts() {
        return gapStart;
    }

    int[] gapDays() {
        return gapDay;
    }

    int[] gapAges() {
        return gapAge;
    }

    long[] gapValues() {
        return gapValue;
    }

    /**
     * Fills a table. Not thread-safe; {@link #build()} hands the array over and the builder must
     * not be used afterwards.
     */
    public static final class Builder {
        private final HierarchyVersion version;
        private final LocalDate first;
        private final int days;
        private final long[] values;
        private final long[] validFromDay;
        private boolean built;

        private Builder(HierarchyVersion version, LocalDate first, int days) {
            this.version = version;
            this.first = first;
            this.days = days;
            this.values = new long[version.size() * days];
            Arrays.fill(values, NO_REPORT);
            this.validFromDay = new long[version.size()];
            for (int i = 0; i < version.size(); i++) {
                validFromDay[i] = version.unitAt(i).validFrom().map(LocalDate::toEpochDay)
                        .orElse(Long.MIN_VALUE);
            }
        }

        /**
         * Sets the figure of a unit as of a day.
         *
         * @param code  the unit's code, not null
         * @param asOf  the day, not null
         * @param count  the count in people, 0 to 10^12
         * @return true if stored; false if the code is not in the version, the day is outside the
         *     window, or the day is before the unit came into being
         * @throws IllegalArgumentException if the code is in the version and the count is out of
         *     range
         * @throws IllegalStateException if {@link #build()} was already called
         */
        public boolean put(String code, LocalDate asOf, long count) {
            int ord = version.ordinal(code);
            return ord >= 0 && put(ord, asOf.toEpochDay(), count);
        }

        /**
         * Sets the figure of a unit as of a day, by ordinal and epoch day (the fast path for
         * loaders).
         *
         * @param ordinal  the unit's ordinal in the version
         * @param epochDay  the day as {@link LocalDate#toEpochDay()}
         * @param count  the count in people, 0 to 10^12
         * @return true if stored (see {@link #put(String, LocalDate, long)})
         * @throws IllegalArgumentException if the count is out of range
         * @throws IllegalStateException if {@link #build()} was already called
         * @throws IndexOutOfBoundsException if the day is in the window and the ordinal is out of
         *     range
         */
        public boolean put(int ordinal, long epochDay, long count) {
            if (built) {
                throw new IllegalStateException("build() was already called");
            }
            Checks.count(count, "count");
            long d = epochDay - first.toEpochDay();
            if (d < 0 || d >= days || epochDay < validFromDay[ordinal]) {
                return false;
            }
            values[ordinal * days + (int) d] = count;
            return true;
        }

        /**
         * Sets the figure from a report (its unit, as-of day and count).
         *
         * @param report  the report, not null
         * @return true if stored (see {@link #put(String, LocalDate, long)})
         * @throws IllegalStateException if {@link #build()} was already called
         */
        public boolean put(Report report) {
            return put(report.unitCode(), report.asOf(), report.count());
        }

        /**
         * Builds the table.
         *
         * @return the table, not null
         * @throws IllegalStateException if {@link #build()} was already called
         */
        public DailyCounts build() {
            if (built) {
                throw new IllegalStateException("build() was already called");
            }
            built = true;
            return new DailyCounts(version, first, days, values);
        }
    }
}
