package io.github.uptake.rollup;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Unit;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Each unit's latest current figure as of a day, for a snapshot: the count and the day it is as
 * of, held in primitive arrays indexed by unit ordinal.
 *
 * <p>Figures dated after the day, before the unit came into being (a reused code's earlier unit)
 * or of codes outside the version are ignored. This class is immutable and thread-safe once built.
 *
 * @since 0.1.0
 */
public final class LatestCounts {
    /** The epoch day of a unit with no figure: far enough in the past that no window reaches it. */
    public static final int NO_DAY = Integer.MIN_VALUE / 2;

    private final HierarchyVersion version;
    private final LocalDate asOf;
    private final long[] counts;
    private final int[] days;
    /** Each unit's figure if it is dated on the day itself, else 0: the engine's dense input. */
    private final long[] fresh;
    /** The units whose figure is older than the day, or missing: the engine's sparse input. */
    private final int[] notFresh;

    private LatestCounts(HierarchyVersion version, LocalDate asOf, long[] counts, int[] days) {
        this.version = version;
        this.asOf = asOf;
        this.counts = counts;
        this.days = days;
        int day = (int) asOf.toEpochDay();
        this.fresh = new long[counts.length];
        int stale = 0;
        for (int i = 0; i < counts.length; i++) {
            if (days[i] == day) {
                fresh[i] = counts[i];
            } else {
                stale++;
            }
        }
        this.notFresh = new int[stale];
        for (int i = 0, k = 0; i < counts.length; i++) {
            if (days[i] != day) {
                notFresh[k++] = i;
            }
        }
    }

    /**
     * Starts an empty set for a version as of a day.
     *
     * @param version  the hierarchy version, not null
     * @param asOf  the day, not null
     * @return a builder with no figure yet, not null
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(HierarchyVersion version, LocalDate asOf) {
        return new Builder(Checks.notNull(version, "version"), Checks.notNull(asOf, "asOf"));
    }

    /**
     * Takes each unit's latest figure on or before a day from a table of daily figures.
     *
     * @param daily  the daily figures, not null
     * @param asOf  the day, within the table's window, not null
     * @return the latest figures, not null
     * @throws IllegalArgumentException if the day is outside the table's window
     */
    public static LatestCounts from(DailyCounts daily, LocalDate asOf) {
        int dayIndex = daily.dayIndex(asOf);
        if (dayIndex < 0 || dayIndex >= daily.days()) {
            throw new IllegalArgumentException(asOf + " is outside the window " + daily.firstDay()
                    + " to " + daily.lastDay());
        }
        Builder b = builder(daily.version(), asOf);
        long day = asOf.toEpochDay();
        for (int u = 0; u < daily.version().size(); u++) {
            int age = daily.ageAt(u, dayIndex);
            if (age >= 0) {
                b.counts[u] = daily.carriedAt(u, dayIndex, age);
                b.days[u] = (int) (day - age);
            }
        }
        return b.build();
    }

    /**
     * Returns the hierarchy version whose units the figures are indexed by.
     *
     * @return the version, not null
     */
    public HierarchyVersion version() {
        return version;
    }

    /**
     * Returns the day the figures are as of.
     *
     * @return the day, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns a unit's latest count.
     *
     * @param ordinal  the unit's ordinal in the version
     * @return the count in people, or {@link DailyCounts#NO_REPORT} if none
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public long countAt(int ordinal) {
        return counts[ordinal];
    }

    /**
     * Returns the day a unit's latest count is as of.
     *
     * @param ordinal  the unit's ordinal in the version
     * @return the epoch day, or {@link #NO_DAY} if none
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public long epochDayAt(int ordinal) {
        return days[ordinal];
    }

    long[] rawCounts() {
        return counts;
    }

    int[] rawDays() {
        return days;
    }

    long[] freshCounts() {
        return fresh;
    }

    int[] notFreshOrdinals() {
        return notFresh;
    }

    /** Collects figures, keeping the latest per unit. Not thread-safe. */
    public static final class Builder {
        private final HierarchyVersion version;
        private final LocalDate asOf;
        private final long asOfDay;
        private final long[] counts;
        private final int[] days;
        private boolean built;

        private Builder(HierarchyVersion version, LocalDate asOf) {
            this.version = version;
            this.asOf = asOf;
            this.asOfDay = asOf.toEpochDay();
            this.counts = new long[version.size()];
            this.days = new int[version.size()];
            Arrays.fill(counts, DailyCounts.NO_REPORT);
            Arrays.fill(days, NO_DAY);
        }

        /**
         * Offers a figure; it is kept if it is the unit's latest so far on or before the day.
         *
         * @param code  the unit's code, not null
         * @param day  the day the count is as of, not null
         * @param count  the count in people, 0 to 10^12
         * @return true if kept; false if the code is not in the version, the day is after the
         *     set's day or not after the unit's latest so far, or before the unit came into being
         * @throws IllegalArgumentException if the count is out of range
         * @throws IllegalStateException if {@link #build()} was already called
         */
        public boolean offer(String code, LocalDate day, long count) {
            if (built) {
                throw new IllegalStateException("build() was already called");
            }
            Checks.count(count, "count");
            int ord = version.ordinal(code);
            if (ord < 0) {
                return false;
            }
            long d = day.toEpochDay();
            Unit u = version.unitAt(ord);
            if (d > asOfDay || d <= days[ord]
                    || (u.validFrom().isPresent() && d < u.validFrom().get().toEpochDay())) {
                return false;
            }
            counts[ord] = count;
            days[ord] = (int) d;
            return true;
        }

        /**
         * Offers a report's figure.
         *
         * @param report  the report, not null
         * @return true if kept (see {@link #offer(String, LocalDate, long)})
         * @throws IllegalStateException if {@link #build()} was already called
         */
        public boolean offer(Report report) {
            return offer(report.unitCode(), report.asOf(), report.count());
        }

        /**
         * Builds the set.
         *
         * @return the latest figures, not null
         * @throws IllegalStateException if {@link #build()} was already called
         */
        public LatestCounts build() {
            if (built) {
                throw new IllegalStateException("build() was already called");
            }
            built = true;
            return new LatestCounts(version, asOf, counts, days);
        }
    }
}
