package io.github.uptake.rollup;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.Unit;
import io.github.uptake.quality.Finding;
import java.util.Optional;
import java.util.OptionalLong;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every unit's rolled-up figures on one day, for one hierarchy version and segment. Per-unit
 * results ({@link NodeResult}) are made on request from primitive arrays.
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Snapshot {
    private final RollUp engine;
    private final LatestCounts latest;
    private final long[] sum;
    private final long[] childSum;
    private final long[] status;
    private final boolean[] ownUsed;

    /** Holds the per-internal-node results; leaves are read from the latest figures. */
    Snapshot(RollUp engine, LatestCounts latest, long[] sum, long[] childSum, long[] status,
             boolean[] ownUsed) {
        this.engine = engine;
        this.latest = latest;
        this.sum = sum;
        this.childSum = childSum;
        this.status = status;
        this.ownUsed = ownUsed;
    }

    /**
     * Returns the hierarchy version whose units the snapshot covers.
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
     * Returns the day the figures are as of.
     *
     * @return the day, not null
     */
    public LocalDate date() {
        return latest.asOf();
    }

    /**
     * Returns the policy the roll-up used (carry-forward, parent figures, denominators).
     *
     * @return the policy, not null
     */
    public RollUpPolicy policy() {
        return engine.policy();
    }

    /**
     * Returns a unit's rolled-up count.
     *
     * @param code  the unit's code, not null
     * @return the count in people; 0 for a unit with no figure
     * @throws NoSuchElementException if the code is not in the version
     */
    public long count(String code) {
        return countAt(ordinal(code));
    }

    /**
     * Returns a unit's rolled-up count by ordinal.
     *
     * @param ordinal  the unit's ordinal in the version
     * @return the count in people; 0 for a unit with no figure
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public long countAt(int ordinal) {
        int k = engine.internalIndexAt(ordinal);
        return k >= 0 ? sum[k] : (leafAge(ordinal) <= window() ? latest.countAt(ordinal) : 0);
    }

    private long leafAge(int ordinal) {
        return latest.asOf().toEpochDay() - latest.epochDayAt(ordinal);
    }

    private int window() {
        return engine.policy().carryForwardDays();
    }

    /**
     * Returns a unit's full result.
     *
     * @param code  the unit's code, not null
     * @return the result, not null
     * @throws NoSuchElementException if the code is not in the version
     */
    public NodeResult node(String code) {
        return nodeAt(ordinal(code));
    }

    /**
     * Returns the root's result, the total of the hierarchy.
     *
     * @return the root's result, not null
     */
    public NodeResult root() {
        return nodeAt(0);
    }

    /**
     * Returns a unit's full result by ordinal.
     *
     * @param i  the unit's ordinal in the version
     * @return the result, not null
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public NodeResult nodeAt(int i) {
        HierarchyVersion v = engine.version();
        Unit unit = v.unitAt(i);
        int k = engine.internalIndexAt(i);
        long age = leafAge(i);
        boolean current = age <= window();
        long count = countAt(i);
        Long own = k >= 0 && current ? latest.countAt(i) : null;
        int stale;
        int missing;
        if (k >= 0) {
            stale = (int) (status[k] >>> 32);
            missing = (int) status[k];
        } else {
            stale = current && age > 0 ? 1 : 0;
            missing = current ? 0 : 1;
        }
        ResolvedDenominator den = engine.denominatorAt(i);
        TargetRule rule = engine.ruleAt(i);
        TargetStatus targetStatus;
        long gap = 0;
        if (rule == null) {
            targetStatus = TargetStatus.NO_TARGET;
        } else if (den == null) {
            targetStatus = TargetStatus.NO_DENOMINATOR;
        } else {
            targetStatus = rule.isMet(count, den.count()) ? TargetStatus.MET : TargetStatus.NOT_MET;
            gap = rule.gap(count, den.count());
        }
        int leaves = engine.leafCountAt(i);
        OwnFigureUse use = own == null ? OwnFigureUse.NONE
                : ownUsed[k] ? OwnFigureUse.USED : OwnFigureUse.SET_ASIDE;
        PartialRate partial = null;
        if (den == null && engine.partialDenominatorAt(i) > 0) {
            partial = new PartialRate(coveredCountAt(i), engine.partialDenominatorAt(i),
                    engine.uncoveredAt(i));
        }
        return new NodeResult(unit, v.depthAt(i), count, k >= 0 ? OptionalLong.of(childSum[k])
                : OptionalLong.empty(), own == null ? OptionalLong.empty() : OptionalLong.of(own),
                Optional.ofNullable(den), Optional.ofNullable(rule), targetStatus, gap,
                leaves - stale - missing, stale, missing, use, Optional.ofNullable(partial));
    }

    /**
     * Returns the count of the units below that have a denominator, for a unit whose own is
     * partial: the children with a full denominator count whole, those with a partial one by their
     * own covered count, those with none not at all.
     */
    private long coveredCountAt(int i) {
        if (engine.denominatorAt(i) != null) {
            return countAt(i);
        }
        if (engine.partialDenominatorAt(i) <= 0) {
            return 0;
        }
        HierarchyVersion v = engine.version();
        long covered = 0;
        for (int c = i + 1, end = v.subtreeEnd(i); c < end; c = v.subtreeEnd(c)) {
            covered += coveredCountAt(c);
        }
        return covered;
    }

    /**
     * Returns the parents whose own figure the roll-up used or set aside, in pre-order, so a
     * report can say which: under the default policy every current own figure of a parent is set
     * aside for its children's sum.
     *
     * @return the parents with an own current figure, unmodifiable, empty if none
     */
    public List<NodeResult> ownFigures() {
        List<NodeResult> out = new ArrayList<>();
        HierarchyVersion v = engine.version();
        for (int i = 0; i < v.size(); i++) {
            if (engine.internalIndexAt(i) >= 0 && leafAge(i) <= window()) {
                out.add(nodeAt(i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns every unit's result in pre-order, for a table of the whole hierarchy.
     *
     * @return the results, indexed by ordinal, unmodifiable, never empty
     */
    public List<NodeResult> nodes() {
        int n = engine.version().size();
        List<NodeResult> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(nodeAt(i));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the results of a unit's children, in the hierarchy's order.
     *
     * @param code  the parent's code, not null
     * @return the children's results, unmodifiable; empty for a leaf or a code not in the
     *     version
     */
    public List<NodeResult> children(String code) {
        List<NodeResult> out = new ArrayList<>();
        for (Unit u : engine.version().children(code)) {
            out.add(node(u.code()));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the denominator findings of the engine (declared vs children's sum).
     *
     * @return the findings, empty if none
     */
    public List<Finding> findings() {
        return engine.denominatorFindings();
    }

    private int ordinal(String code) {
        int i = engine.version().ordinal(code);
        if (i < 0) {
            throw new NoSuchElementException("unit " + code + " is not in " + engine.version());
        }
        return i;
    }

    @Override
    public String toString() {
        return "Snapshot[" + engine.version() + ", " + engine.segment() + ", " + latest.asOf()
                + ", root=" + countAt(0) + "]";
    }
}
