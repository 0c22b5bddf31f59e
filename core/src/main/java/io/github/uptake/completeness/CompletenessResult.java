package io.github.uptake.completeness;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Unit;

/**
 * One unit's reporting for a period: how many units under it (itself included) were expected to
 * report, and how many did on time, late, or not at all.
 * This class is immutable and thread-safe.
 *
 * @param unit  the unit, not null
 * @param expected  units expected to report
 * @param onTime  of those, reported by the deadline
 * @param late  of those, reported after the deadline
 * @param missing  of those, not reported
 * @since 0.1.0
 */
public record CompletenessResult(Unit unit, int expected, int onTime, int late, int missing) {

    /**
     * Creates a result, checking the counts add up.
     *
     * @param unit  the unit, not null
     * @param expected  units expected to report, 0 or more
     * @param onTime  of those, reported by the deadline, 0 or more
     * @param late  of those, reported after the deadline, 0 or more
     * @param missing  of those, not reported, 0 or more
     * @throws NullPointerException if the unit is null
     * @throws IllegalArgumentException if a count is negative or
     *     {@code onTime + late + missing != expected}
     */
    public CompletenessResult {
        Checks.notNull(unit, "unit");
        if (expected < 0 || onTime < 0 || late < 0 || missing < 0
                || onTime + late + missing != expected) {
            throw new IllegalArgumentException("counts of " + unit.code() + " do not add up: "
                    + onTime + " + " + late + " + " + missing + " != " + expected);
        }
    }

    /**
     * Returns how many expected units reported at all (on time or late).
     *
     * @return {@code onTime + late}, in units
     */
    public int reported() {
        return onTime + late;
    }

    /**
     * Returns true if every expected unit reported, on time or late.
     *
     * @return true if none is missing (also when none was expected)
     */
    public boolean complete() {
        return missing == 0;
    }
}
