package io.github.uptake.rollup;

import io.github.uptake.model.Threshold;
import java.util.Objects;

/**
 * The explicit choices a roll-up makes: how long a unit's last figure is carried forward, whose
 * figure counts when a parent also reports its own, which denominator wins when a unit declares
 * one and its children's sum to another, and how far apart they may be before it is a finding.
 *
 * <p>The defaults: carry forward 3 days, children's sum over a parent's own figure, declared
 * denominator over the children's sum, 1% tolerance. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RollUpPolicy {
    /** The default number of days a figure is carried forward. */
    public static final int DEFAULT_CARRY_FORWARD_DAYS = 3;
    private static final RollUpPolicy DEFAULTS = new RollUpPolicy(DEFAULT_CARRY_FORWARD_DAYS,
            ParentFigure.CHILDREN_SUM, DenominatorChoice.DECLARED_FIRST, Threshold.of(1, 100));

    /** Whose figure a parent shows when it reports its own as well as having children. */
    public enum ParentFigure {
        /** The sum of its children; its own figure is kept for comparison (the default). */
        CHILDREN_SUM,
        /** Its own figure when it has a current one, else the sum of its children. */
        OWN_FIGURE,
        /**
         * Its own figure when it has a current one and none of its children has a current figure
         * (a district that sends only its total while its communes have stopped), else the sum of
         * its children. The leaves under a parent whose own figure is used are not counted as
         * missing above it. DHIS2's aggregation levels meet the same need.
         */
        OWN_WHEN_CHILDREN_MISSING
    }

    /** Which denominator a unit uses when it declares one and its children sum to another. */
    public enum DenominatorChoice {
        /** The unit's declared figure, else its children's sum (the default). */
        DECLARED_FIRST,
        /** The children's sum when every child has one, else the declared figure. */
        CHILDREN_SUM_FIRST
    }

    private final int carryForwardDays;
    private final ParentFigure parentFigure;
    private final DenominatorChoice denominatorChoice;
    private final Threshold denominatorTolerance;

    private RollUpPolicy(int carryForwardDays, ParentFigure parentFigure,
                         DenominatorChoice denominatorChoice, Threshold denominatorTolerance) {
        if (carryForwardDays < 0 || carryForwardDays > 3660) {
            throw new IllegalArgumentException("carryForwardDays must be 0 to 3660, was "
                    + carryForwardDays);
        }
        this.carryForwardDays = carryForwardDays;
        this.parentFigure = Objects.requireNonNull(parentFigure, "parentFigure");
        this.denominatorChoice = Objects.requireNonNull(denominatorChoice, "denominatorChoice");
        this.denominatorTolerance = Objects.requireNonNull(denominatorTolerance,
                "denominatorTolerance");
    }

    /**
     * Returns the default policy: carry forward 3 days, children's sum over a parent's own
     * figure, declared denominator first, 1% tolerance.
     *
     * @return the default policy, not null
     */
    public static RollUpPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that carries a unit's last figure forward at most the given number of days:
     * a figure as of day D counts on days D to D + days; after that the unit is missing.
     *
     * @param days  0 (same day only) to 3660
     * @return a policy equal to this one but for the window, not null
     * @throws IllegalArgumentException if the number of days is out of range
     */
    public RollUpPolicy withCarryForwardDays(int days) {
        return new RollUpPolicy(days, parentFigure, denominatorChoice, denominatorTolerance);
    }

    /**
     * Returns a copy with the given choice for parents that report their own figure.
     *
     * @param choice  the choice, not null
     * @return a policy equal to this one but for the choice, not null
     * @throws NullPointerException if the choice is null
     */
    public RollUpPolicy withParentFigure(ParentFigure choice) {
        return new RollUpPolicy(carryForwardDays, choice, denominatorChoice, denominatorTolerance);
    }

    /**
     * Returns a copy with the given denominator choice.
     *
     * @param choice  the choice, not null
     * @return a policy equal to this one but for the choice, not null
     * @throws NullPointerException if the choice is null
     */
    public RollUpPolicy withDenominatorChoice(DenominatorChoice choice) {
        return new RollUpPolicy(carryForwardDays, parentFigure, choice, denominatorTolerance);
    }

    /**
     * Returns a copy with the given tolerance: a declared denominator and the children's sum may
     * differ by this share of the declared figure before it is a finding.
     *
     * @param tolerance  the share, e.g. {@code Threshold.of(1, 100)} for 1%, not null
     * @return a policy equal to this one but for the tolerance, not null
     * @throws NullPointerException if the tolerance is null
     */
    public RollUpPolicy withDenominatorTolerance(Threshold tolerance) {
        return new RollUpPolicy(carryForwardDays, parentFigure, denominatorChoice, tolerance);
    }

    /**
     * Returns the number of days a unit's last figure is carried forward.
     *
     * @return the number of days, 0 (same day only) to 3660
     */
    public int carryForwardDays() {
        return carryForwardDays;
    }

    /**
     * Returns whose figure a parent shows when it reports its own as well as having children.
     *
     * @return the choice, not null
     */
    public ParentFigure parentFigure() {
        return parentFigure;
    }

    /**
     * Returns which denominator a unit uses when it declares one and its children sum to another.
     *
     * @return the choice, not null
     */
    public DenominatorChoice denominatorChoice() {
        return denominatorChoice;
    }

    /**
     * Returns the share of the declared denominator by which the children's sum may differ from it
     * before it is a finding.
     *
     * @return the tolerance, not null
     */
    public Threshold denominatorTolerance() {
        return denominatorTolerance;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RollUpPolicy p && p.carryForwardDays == carryForwardDays
                && p.parentFigure == parentFigure && p.denominatorChoice == denominatorChoice
                && p.denominatorTolerance.equals(denominatorTolerance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(carryForwardDays, parentFigure, denominatorChoice, denominatorTolerance);
    }

    @Override
    public String toString() {
        return "RollUpPolicy[carryForwardDays=" + carryForwardDays + ", parentFigure="
                + parentFigure + ", denominatorChoice=" + denominatorChoice
                + ", denominatorTolerance=" + denominatorTolerance + "]";
    }
}
