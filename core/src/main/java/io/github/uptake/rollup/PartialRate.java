package io.github.uptake.rollup;

import io.github.uptake.internal.Checks;

/**
 * The rate of a unit that has no denominator of its own and some of whose units below have none
 * either: the count and the denominator of the units that have one (the covered part). It is
 * shown marked as partial, never as the unit's rate; the units without a denominator are named in
 * a {@code denominator.partial} finding. This class is immutable and thread-safe.
 *
 * @param coveredCount  the count of the covered units, in people
 * @param coveredDenominator  the sum of their denominators, in people, positive
 * @param uncoveredUnits  how many units below, at the level where the denominators stop, have none
 * @since 0.1.0
 */
public record PartialRate(long coveredCount, long coveredDenominator, int uncoveredUnits) {

    /**
     * Creates a partial rate, checking the fields.
     *
     * @param coveredCount  the count of the covered units, in people, 0 to 10^12
     * @param coveredDenominator  the sum of their denominators, in people, 1 or more
     * @param uncoveredUnits  how many units below have no denominator, 1 or more
     * @throws IllegalArgumentException if the count is out of range, the denominator is not
     *     positive or no unit is uncovered
     */
    public PartialRate {
        Checks.count(coveredCount, "coveredCount");
        if (coveredDenominator < 1 || uncoveredUnits < 1) {
            throw new IllegalArgumentException("a partial rate covers a positive denominator and"
                    + " leaves out at least one unit: " + coveredDenominator + ", "
                    + uncoveredUnits);
        }
    }
}
