package io.github.uptake.rollup;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Denominator;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The denominator a roll-up used for a unit, where it came from, and both candidates: the unit's
 * own declared figure and the sum of its children's. This class is immutable and thread-safe.
 *
 * @param count  the denominator used, in people, 0 to 10^12
 * @param origin  whether it is the declared figure or the children's sum, not null
 * @param declared  the unit's declared denominator, empty if none
 * @param childrenSum  the sum of the children's denominators, in people, empty if a child has
 *     none or the unit is a leaf
 * @since 0.1.0
 */
public record ResolvedDenominator(long count, Origin origin, Optional<Denominator> declared,
                                  OptionalLong childrenSum) {

    /** Where a used denominator came from. */
    public enum Origin {
        /** The unit's own declared figure. */
        DECLARED,
        /** The sum of its children's denominators. */
        CHILDREN_SUM
    }

    /**
     * Creates a resolved denominator, checking the fields.
     *
     * @param count  the denominator used, in people, 0 to 10^12
     * @param origin  whether it is the declared figure or the children's sum, not null
     * @param declared  the unit's declared denominator, not null; empty if none, which the origin
     *     {@link Origin#DECLARED} does not allow
     * @param childrenSum  the sum of the children's denominators, in people, not null; empty if a
     *     child has none or the unit is a leaf
     * @throws IllegalArgumentException if the count is out of range, or the origin is
     *     {@link Origin#DECLARED} with no declared denominator
     * @throws NullPointerException if the origin or an optional is null
     */
    public ResolvedDenominator {
        Checks.count(count, "count");
        Checks.notNull(origin, "origin");
        Checks.notNull(declared, "declared");
        Checks.notNull(childrenSum, "childrenSum");
        if (origin == Origin.DECLARED && declared.isEmpty()) {
            throw new IllegalArgumentException("a declared denominator is used but none is given");
        }
    }

    /**
     * Returns where the figure used comes from, for reports and findings.
     *
     * @return the declared denominator's source (e.g. {@code census-2019}), or
     *     {@code sum-of-children}, not null
     */
    public String source() {
        return origin == Origin.DECLARED ? declared.orElseThrow().source() : "sum-of-children";
    }
}
