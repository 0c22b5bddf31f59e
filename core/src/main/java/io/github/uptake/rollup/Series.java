package io.github.uptake.rollup;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import java.time.LocalDate;
import java.util.NoSuchElementException;

/**
 * Every unit's rolled-up count for each day of a range, for one hierarchy version and segment,
 * computed in one pass with the same rules as a {@link Snapshot} of each day.
 *
 * <p>Parents' rows are held in primitive arrays; a leaf's value is read from the daily figures it
 * was computed from (its last figure within the carry-forward window), so a national year costs
 * memory for the parents only. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Series {
    private final RollUp engine;
    private final DailyCounts daily;
    private final LocalDate from;
    private final int days;
    private final long[] out;
    private final long[] status;
    private final int[] internalIndex;

    /** Holds the per-internal-node rows; leaves are read from the daily figures. */
    Series(RollUp engine, DailyCounts daily, LocalDate from, int days, long[] out, long[] status,
           int[] internalIndex) {
        this.engine = engine;
        this.daily = daily;
        this.from = from;
        this.days = days;
        this.out = out;
        this.status = status;
        this.internalIndex = internalIndex;
    }

    /**
     * Returns the engine that computed the series (its denominators, rules and policy).
     *
     * @return the engine, not null
     */
    public RollUp rollUp() {
        return engine;
    }

    /**
     * Returns the hierarchy version whose units the series covers.
     *
     * @return the version, not null
     */
    public HierarchyVersion version() {
        return engine.version();
    }

    /**
     * Returns the segment the counts are of.
     *
     * @return the segment, not null
     */
    public Segment segment() {
        return engine.segment();
    }

    /**
     * Returns the first day of the range.
     *
     * @return the first day, not null
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the last day of the range.
     *
     * @return the last day, inclusive, not null
     */
    public LocalDate to() {
        return from.plusDays(days - 1L);
    }

    /**
     * Returns the number of days of the range.
     *
     * @return the number of days, 1 or more
     */
    public int days() {
        return days;
    }

    /**
     * Returns a unit's rolled-up count on a day.
     *
     * @param code  the unit's code, not null
     * @param date  a day in the range, not null
     * @return the count in people; 0 for a unit with no figure that day
     * @throws NoSuchElementException if the unit is not in the version
     * @throws IllegalArgumentException if the day is outside the range
     */
    public long count(String code, LocalDate date) {
        return countAt(ordinal(code), dayIndex(date));
    }

    /**
     * Returns a unit's rolled-up count on a day, by ordinal and day index.
     *
     * @param ordinal  the unit's ordinal in the version
     * @param d  the day index, 0 for the first day, less than {@link #days()}
     * @return the count in people; 0 for a unit with no figure that day
     * @throws IndexOutOfBoundsException if the ordinal or the day index is out of range
     */
    public long countAt(int ordinal, int d) {
        int k = internalIndex[ordinal];
        if (k >= 0) {
            return out[k * days + d];
        }
        return leafAge(ordinal, d) < 0 ? 0
                : daily.carriedAt(ordinal, daily.dayIndex(from) + d, engine.policy().carryForwardDays());
    }

    /**
     * Returns a unit's counts for every day of the range.
     *
     * @param code  the unit's code, not null
     * @return a new array, one count in people per day of the range
     * @throws NoSuchElementException if the unit is not in the version
     */
    public long[] counts(String code) {
        int i = ordinal(code);
        long[] row = new long[days];
        for (int d = 0; d < days; d++) {
            row[d] = countAt(i, d);
        }
        return row;
    }

    /**
     * Returns how many leaves under a unit (or the unit, for a leaf) had no figure on a day.
     *
     * @param code  the unit's code, not null
     * @param date  a day in the range, not null
     * @return the number of missing leaves, 0 or more
     * @throws NoSuchElementException if the unit is not in the version
     * @throws IllegalArgumentException if the day is outside the range
     */
    public int missingLeaves(String code, LocalDate date) {
        int i = ordinal(code);
        int d = dayIndex(date);
        int k = internalIndex[i];
        return k >= 0 ? (int) status[k * days + d] : (leafAge(i, d) < 0 ? 1 : 0);
    }

    /**
     * Returns how many leaves under a unit (or the unit, for a leaf) had a carried-forward figure
     * on a day.
     *
     * @param code  the unit's code, not null
     * @param date  a day in the range, not null
     * @return the number of stale leaves, 0 or more
     * @throws NoSuchElementException if the unit is not in the version
     * @throws IllegalArgumentException if the day is outside the range
     */
    public int staleLeaves(String code, LocalDate date) {
        int i = ordinal(code);
        int d = dayIndex(date);
        int k = internalIndex[i];
        if (k >= 0) {
            return (int) (status[k * days + d] >>> 32);
        }
        return leafAge(i, d) > 0 ? 1 : 0;
    }

    /**
     * Returns whether a leaf has a figure on a day: reported that day, or carried forward within
     * the policy's window. A leaf without one counts 0 in {@link #countAt} but is missing.
     *
     * @param ordinal  the leaf's ordinal in the version
     * @param d  the day index, 0 for the first day, less than {@link #days()}
     * @return true if it has a figure
     * @throws IllegalArgumentException if the unit is not a leaf
     * @throws IndexOutOfBoundsException if the ordinal or the day index is out of range
     */
    public boolean leafHasFigureAt(int ordinal, int d) {
        if (internalIndex[ordinal] >= 0) {
            throw new IllegalArgumentException("unit " + engine.version().unitAt(ordinal).code()
                    + " is not a leaf");
        }
        return leafAge(ordinal, d) >= 0;
    }

    /**
     * Returns how many days old a leaf's figure for day d is (0 = reported that day), or -1 if it
     * has none within the carry-forward window.
     */
    private int leafAge(int ordinal, int d) {
        int age = daily.ageAt(ordinal, daily.dayIndex(from) + d);
        return age >= 0 && age <= engine.policy().carryForwardDays() ? age : -1;
    }

    private int ordinal(String code) {
        int i = engine.version().ordinal(code);
        if (i < 0) {
            throw new NoSuchElementException("unit " + code + " is not in " + engine.version());
        }
        return i;
    }

    /**
     * Returns the index of a day in the range.
     *
     * @param date  a day in the range, not null
     * @return the day index, 0 for the first day, less than {@link #days()}
     * @throws IllegalArgumentException if the day is outside the range
     */
    public int dayIndex(LocalDate date) {
        long d = date.toEpochDay() - from.toEpochDay();
        if (d < 0 || d >= days) {
            throw new IllegalArgumentException(date + " is outside " + from + " to " + to());
        }
        return (int) d;
    }

    @Override
    public String toString() {
        return "Series[" + engine.version() + ", " + engine.segment() + ", " + from + " to " + to()
                + "]";
    }
}
