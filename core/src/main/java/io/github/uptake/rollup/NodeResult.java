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
 *
 * <p>Every optional value has one accessor, returning {@code Optional} (or {@code OptionalLong}),
 * never null: {@code n.denominator().map(d -> d.count())} is safe for a unit without one.
 * This class is immutable and thread-safe.
 *
 * @param unit  the unit, not null
 * @param depth  0 for the root
 * @param count  the rolled-up count under the policy, in people; 0 for a unit with no figure
 *     (see {@link #hasFigure()})
 * @param childrenSum  the sum of the children's counts, in people, empty for a leaf
 * @param ownFigure  the unit's own current figure within the carry-forward window, in people,
 *     empty if none
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
 * @since 0.1.0
 */
public record NodeResult(Unit unit, int depth, long count, OptionalLong childrenSum,
                         OptionalLong ownFigure, Optional<ResolvedDenominator> denominator,
                         Optional<TargetRule> rule, TargetStatus status, long gap,
                         int freshLeaves, int staleLeaves, int missingLeaves,
                         OwnFigureUse ownFigureUse, Optional<PartialRate> partial) {

    /**
     * Creates a unit's result, checking that no field is null.
     *
     * @param unit  the unit, not null
     * @param depth  0 for the root
     * @param count  the rolled-up count under the policy, in people
     * @param childrenSum  the sum of the children's counts, in people, not null; empty for a leaf
     * @param ownFigure  the unit's own current figure, in people, not null; empty if none
     * @param denominator  the denominator used, not null; empty if none
     * @param rule  the target rule that applies, not null; empty if the segment is counted only
     * @param status  the target status, not null
     * @param gap  people still missing to meet the rule (0 if met or not decidable)
     * @param freshLeaves  leaves whose figure is as of the snapshot day
     * @param staleLeaves  leaves whose figure was carried forward
     * @param missingLeaves  leaves with no figure within the window
     * @param ownFigureUse  whether the unit's own figure was used or set aside, not null
     * @param partial  the covered part's count and denominator, not null; empty unless the unit
     *     has no denominator and some units below have one
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

    /**
     * Returns the unit's code, the key to look the unit up by.
     *
     * @return the code, not null
     */
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

    /**
     * Returns true if every leaf below (or the unit itself, for a leaf) had a figure.
     *
     * @return true if no leaf is missing, fresh and carried-forward figures alike
     */
    public boolean complete() {
        return missingLeaves == 0;
    }

    /**
     * Returns true if the target is met.
     *
     * @return true if the status is {@link TargetStatus#MET}; false also when there is no rule or
     *     no denominator
     */
    public boolean met() {
        return status == TargetStatus.MET;
    }
}
