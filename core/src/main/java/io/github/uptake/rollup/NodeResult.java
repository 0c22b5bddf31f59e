package io.github.uptake.rollup;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.Unit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One unit's figures in a snapshot: its rolled-up count, its own reported figure if any, the
 * denominator used, its target rule and status, the gap in people, and how many of its leaf units
 * contributed a fresh, a carried-forward (stale) or no (missing) figure.
 * This class is immutable and thread-safe.
 *
 * @param unit  the unit, not null
 * @param depth  0 for the root
 * @param count  the rolled-up count under the policy
 * @param childrenSum  the sum of the children's counts, empty for a leaf
 * @param ownFigure  the unit's own current figure within the carry-forward window, empty if none
 * @param denominator  the denominator used, empty if none
 * @param rule  the target rule that applies, empty if the segment is counted only
 * @param status  the target status, not null
 * @param gap  people still missing to meet the rule (0 if met or not decidable)
 * @param freshLeaves  leaves whose figure is as of the snapshot day
 * @param staleLeaves  leaves whose figure was carried forward
 * @param missingLeaves  leaves with no figure within the window
 * @param ownFigureUse  whether the unit's own figure was used or set aside, NONE if it has none
 *     or is a leaf, not null
 * @param partial  for a unit with no denominator some of whose units below have one: the
 *     count and denominator of those, to show a rate marked partial; empty otherwise
 *
 * <p>Every optional value has one accessor, returning {@code Optional} (or {@code OptionalLong}),
 * never null: {@code n.denominator().map(d -> d.count())} is safe for a unit without one.
 */
public record NodeResult(Unit unit, int depth, long count, OptionalLong childrenSum,
                         OptionalLong ownFigure, Optional<ResolvedDenominator> denominator,
                         Optional<TargetRule> rule, TargetStatus status, long gap,
                         int freshLeaves, int staleLeaves, int missingLeaves,
                         OwnFigureUse ownFigureUse, Optional<PartialRate> partial) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null (an absent value is an empty optional)
     */
    public NodeResult {
        Checks.notNull(unit, "unit");
        Checks.notNull(childrenSum, "childrenSum");
        Checks.notNull(ownFigure, "ownFigure");
        Checks.notNull(denominator, "denominator");
        Checks.notNull(rule, "rule");
        Checks.notNull(status, "status");
        Checks.notNull(ownFigureUse, "ownFigureUse");
        Checks.notNull(partial, "partial");
    }

    /** Returns the unit's code. */
    public String code() {
        return unit.code();
    }

    /**
     * Returns true if the unit has a figure to show: a leaf with a current figure (reported on the
     * day, or carried forward within the window), or a parent with a current figure below it or
     * its own figure used. A unit without one has {@code count} 0, and every output shows it as
     * missing ({@code –}, empty, null), never as 0.
     *
     * @return whether the unit has a figure
     */
    public boolean hasFigure() {
        return ownFigureUse == OwnFigureUse.USED || freshLeaves + staleLeaves > 0;
    }

    /** Returns true if every leaf below (or the unit itself, for a leaf) had a figure. */
    public boolean complete() {
        return missingLeaves == 0;
    }

    /** Returns true if the target is met. */
    public boolean met() {
        return status == TargetStatus.MET;
    }
}
