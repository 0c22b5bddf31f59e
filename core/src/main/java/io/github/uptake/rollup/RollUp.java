package io.github.uptake.rollup;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.internal.Checks;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.problem.Severity;
import io.github.uptake.quality.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The roll-up engine for one hierarchy version and one segment: a parent's count on a day is the sum
 * of its children's latest counts as of that day ("last value, summed over the hierarchy"), under an
 * explicit {@link RollUpPolicy}.
 *
 * <p>Denominators and target rules are resolved once, when the engine is made; each
 * {@link #snapshot} or {@link #series} is then one pass over primitive arrays indexed by unit
 * ordinal, visiting children before parents. A national tree (11.384 units) and a year of days are
 * the design size.
 *
 * <p>Rules: a figure as of day A counts on day D when {@code 0 <= D - A <= carryForwardDays};
 * it is fresh when {@code A == D}, stale (carried forward) otherwise; a leaf with no such figure is
 * missing, counts 0 and makes every ancestor incomplete. A parent's own figure is used only under
 * {@link RollUpPolicy.ParentFigure#OWN_FIGURE}; otherwise it is kept for comparison.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RollUp {
    private final HierarchyVersion version;
    private final Segment segment;
    private final RollUpPolicy policy;
    private final TargetRules rules;
    private final int n;
    private final int[] parent;
    private final boolean[] leaf;
    private final int[] leafCount;
    private final int[] internalIndex;
    private final int internalCount;
    /** Internal nodes' ordinals, descending, root excluded: the order to propagate upwards. */
    private final int[] internalDescending;
    /** Runs of consecutive leaf ordinals with the same parent: start, end (exclusive), parent. */
    private final int[] runStart;
    private final int[] runEnd;
    private final int[] runParent;
    private final ResolvedDenominator[] denominators;
    /** For units with no denominator: the sum over the units below that have one, else -1. */
    private final long[] partialDenominator;
    /** For units with a partial denominator: how many units below, at the first level, lack one. */
    private final int[] uncovered;
    private final TargetRule[] ruleAt;
    private final List<Finding> denominatorFindings;

    private RollUp(HierarchyVersion version, Segment segment, List<Denominator> denominators,
                   TargetRules rules, RollUpPolicy policy) {
        this.version = version;
        this.segment = segment;
        this.policy = policy;
        this.rules = rules;
        this.n = version.size();
        this.parent = version.parentOrdinals();
        this.leaf = new boolean[n];
        this.leafCount = new int[n];
        this.internalIndex = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            leaf[i] = version.isLeafAt(i);
            internalIndex[i] = leaf[i] ? -1 : k++;
        }
        this.internalCount = k;
        this.internalDescending = new int[Math.max(0, k - 1)];
        for (int i = n - 1, j = 0; i > 0; i--) {
            if (!leaf[i]) {
                internalDescending[j++] = i;
            }
        }
        int runs = 0;
        int[] start = new int[n];
        int[] end = new int[n];
        int[] par = new int[n];
        for (int i = 1; i < n; i++) {
            if (!leaf[i]) {
                continue;
            }
            int p = internalIndex[parent[i]];
            if (runs > 0 && end[runs - 1] == i && par[runs - 1] == p) {
                end[runs - 1] = i + 1;
            } else {
                start[runs] = i;
                end[runs] = i + 1;
                par[runs] = p;
                runs++;
            }
        }
        this.runStart = java.util.Arrays.copyOf(start, runs);
        this.runEnd = java.util.Arrays.copyOf(end, runs);
        this.runParent = java.util.Arrays.copyOf(par, runs);
        for (int i = n - 1; i >= 0; i--) {
            if (leaf[i]) {
                leafCount[i] = 1;
            }
            if (i > 0) {
                leafCount[parent[i]] += leafCount[i];
            }
        }
        this.ruleAt = new TargetRule[n];
        for (int i = 0; i < n; i++) {
            ruleAt[i] = rules.ruleFor(segment, version.unitAt(i).kind()).orElse(null);
        }
        this.denominators = new ResolvedDenominator[n];
        this.partialDenominator = new long[n];
        this.uncovered = new int[n];
        this.denominatorFindings = resolveDenominators(denominators);
    }

    /**
     * Makes an engine, resolving every unit's denominator and target rule once.
     *
     * @param version  the hierarchy version, not null
     * @param segment  the segment, not null
     * @param denominators  denominators of any units and segments; those of this segment and
     *     version are used, the latest vintage winning when a unit has several, not null
     * @param rules  the target rules, not null
     * @param policy  the policy, not null
     * @return the engine, with denominators and rules resolved for every unit, not null
     * @throws NullPointerException if an argument is null, or the list of denominators holds a
     *     null
     */
    public static RollUp of(HierarchyVersion version, Segment segment,
                            List<Denominator> denominators, TargetRules rules,
                            RollUpPolicy policy) {
        return new RollUp(Checks.notNull(version, "version"), Checks.notNull(segment, "segment"),
                List.copyOf(denominators), Checks.notNull(rules, "rules"),
                Checks.notNull(policy, "policy"));
    }

    private List<Finding> resolveDenominators(List<Denominator> all) {
        Denominator[] declared = new Denominator[n];
        Comparator<Denominator> latest = Comparator.comparing(Denominator::vintage)
                .thenComparing(Denominator::source, Comparator.reverseOrder());
        for (Denominator d : all) {
            int i = d.segment().equals(segment) ? version.ordinal(d.unitCode()) : -1;
            if (i >= 0 && (declared[i] == null || latest.compare(d, declared[i]) > 0)) {
                declared[i] = d;
            }
        }
        long[] childSum = new long[n];
        boolean[] childGap = new boolean[n];
        long[] partialSum = new long[n];
        List<Integer>[] without = new List[n];
        List<Finding> findings = new ArrayList<>();
        Threshold tol = policy.denominatorTolerance();
        java.util.Arrays.fill(partialDenominator, -1);
        for (int i = n - 1; i >= 0; i--) {
            Long sum = leaf[i] || childGap[i] ? null : childSum[i];
            Denominator own = declared[i];
            ResolvedDenominator used = null;
            boolean childrenFirst =
                    policy.denominatorChoice() == RollUpPolicy.DenominatorChoice.CHILDREN_SUM_FIRST;
            if (sum != null && (own == null || childrenFirst)) {
                used = new ResolvedDenominator(sum, ResolvedDenominator.Origin.CHILDREN_SUM,
                        java.util.Optional.ofNullable(own), java.util.OptionalLong.of(sum));
            } else if (own != null) {
                used = new ResolvedDenominator(own.count(), ResolvedDenominator.Origin.DECLARED,
                        java.util.Optional.of(own), sum == null ? java.util.OptionalLong.empty()
                        : java.util.OptionalLong.of(sum));
            }
            denominators[i] = used;
            if (own != null && sum != null
                    && Math.abs(own.count() - sum) * tol.denominator()
                    > tol.numerator() * own.count()) {
                findings.add(mismatch(i, own, sum));
            }
            if (used == null && !leaf[i] && partialSum[i] > 0) {
                partialDenominator[i] = partialSum[i];
                int direct = without[i] == null ? 0 : without[i].size();
                uncovered[i] += direct;
                if (direct > 0) {
                    findings.add(partial(i, without[i]));
                }
            }
            if (i > 0) {
                if (used == null) {
                    childGap[parent[i]] = true;
                    if (partialDenominator[i] > 0) {
                        partialSum[parent[i]] += partialDenominator[i];
                        uncovered[parent[i]] += uncovered[i];
                    } else {
                        if (without[parent[i]] == null) {
                            without[parent[i]] = new ArrayList<>();
                        }
                        without[parent[i]].add(i);
                    }
                } else {
                    childSum[parent[i]] += used.count();
                    partialSum[parent[i]] += used.count();
                }
            }
        }
        Collections.reverse(findings);
        return List.copyOf(findings);
    }

    private Finding mismatch(int i, Denominator own, long sum) {
        String code = version.unitAt(i).code();
        long diff = Math.abs(own.count() - sum);
        UptakeFormat vi = UptakeFormat.vietnamese();
        UptakeFormat en = UptakeFormat.english();
        return new Finding("denominator.mismatch", Severity.WARNING, code, segment, own.vintage(),
                "Mẫu số khai báo của " + code + " (" + vi.count(own.count()) + ", nguồn "
                        + own.source() + ") lệch " + vi.count(diff)
                        + " người so với tổng của các đơn vị trực thuộc (" + vi.count(sum) + ").",
                "The declared denominator of " + code + " (" + en.count(own.count()) + ", source "
                        + own.source() + ") differs by " + en.count(diff)
                        + " people from the sum of its children (" + en.count(sum) + ").");
    }

    private Finding partial(int i, List<Integer> lacking) {
        String code = version.unitAt(i).code();
        StringBuilder names = new StringBuilder();
        for (int c : lacking) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append(version.unitAt(c).code()).append(' ').append(version.unitAt(c).name());
        }
        int k = lacking.size();
        return new Finding("denominator.partial", Severity.WARNING, code, segment,
                version.validFrom(), code + " không có mẫu số đầy đủ: " + k + " đơn vị trực thuộc"
                + " chưa có mẫu số (" + names + "); tỷ lệ chỉ tính trên các đơn vị có mẫu số và"
                + " được ghi là một phần.", code + " has no full denominator: " + k + " of its"
                + " units have none (" + names + "); its rate covers only the units that have one"
                + " and is marked partial.");
    }

    /**
     * Returns the partial denominator of a unit that has none of its own: the sum over the units
     * below that have one.
     *
     * @param ordinal  the unit's ordinal
     * @return the partial denominator in people, or -1 if the unit has a full denominator or none
     *     of its units has one
     */
    long partialDenominatorAt(int ordinal) {
        return partialDenominator[ordinal];
    }

    /** Returns how many units below a partial unit lack a denominator where the sums stop. */
    int uncoveredAt(int ordinal) {
        return uncovered[ordinal];
    }

    /**
     * Returns the hierarchy version the engine rolls up over.
     *
     * @return the version, not null
     */
    public HierarchyVersion version() {
        return version;
    }

    /**
     * Returns the segment whose counts the engine rolls up.
     *
     * @return the segment, not null
     */
    public Segment segment() {
        return segment;
    }

    /**
     * Returns the policy the engine applies (carry-forward, parent figures, denominators).
     *
     * @return the policy, not null
     */
    public RollUpPolicy policy() {
        return policy;
    }

    /**
     * Returns the target rules the engine resolved each unit's rule from.
     *
     * @return the rules, not null
     */
    public TargetRules rules() {
        return rules;
    }

    /**
     * Returns the denominator used for a unit.
     *
     * @param ordinal  the unit's ordinal in the version
     * @return the denominator, null if none
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public ResolvedDenominator denominatorAt(int ordinal) {
        return denominators[ordinal];
    }

    /**
     * Returns the target rule of a unit.
     *
     * @param ordinal  the unit's ordinal in the version
     * @return the rule, null if counted only
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public TargetRule ruleAt(int ordinal) {
        return ruleAt[ordinal];
    }

    /**
     * Returns the number of leaves in a unit's subtree (1 for a leaf).
     *
     * @param ordinal  the unit's ordinal in the version
     * @return the number of leaves, 1 or more
     * @throws IndexOutOfBoundsException if the ordinal is out of range
     */
    public int leafCountAt(int ordinal) {
        return leafCount[ordinal];
    }

    /**
     * Returns the findings about denominators: units whose declared figure differs from the sum of
     * their children's by more than the policy's tolerance ({@code denominator.mismatch}), and
     * units without a denominator of their own some of whose units have none, which are named
     * ({@code denominator.partial}; the unit's rate is then partial, see {@link PartialRate}).
     *
     * @return the findings, warnings in pre-order, unmodifiable, empty if none
     */
    public List<Finding> denominatorFindings() {
        return denominatorFindings;
    }

    /** One stale leaf, in the packed per-node status: stale leaves in the high 32 bits. */
    static final long STALE_ONE = 1L << 32;
    /** One missing leaf, in the packed per-node status: missing leaves in the low 32 bits. */
    static final long MISSING_ONE = 1L;

    /**
     * Rolls up the latest figures as of their day.
     *
     * @param latest  each unit's latest figure, for this engine's version, not null
     * @return the snapshot as of the figures' day, not null
     * @throws IllegalArgumentException if the figures are for another version
     */
    public Snapshot snapshot(LatestCounts latest) {
        requireSameVersion(latest.version());
        final int day = (int) latest.asOf().toEpochDay();
        final int window = policy.carryForwardDays();
        final long[] in = latest.rawCounts();
        final int[] inDay = latest.rawDays();
        final long[] sum = new long[internalCount];
        final long[] status = new long[internalCount];
        // leaves reported on the day: contiguous runs under one parent, plain sums
        final long[] fresh = latest.freshCounts();
        for (int r = 0; r < runStart.length; r++) {
            long s = 0;
            for (int i = runStart[r], e = runEnd[r]; i < e; i++) {
                s += fresh[i];
            }
            sum[runParent[r]] += s;
        }
        // the few leaves whose figure is older: carried forward, or missing
        for (int i : latest.notFreshOrdinals()) {
            if (!leaf[i] || i == 0) {
                continue;
            }
            int p = internalIndex[parent[i]];
            if (day - inDay[i] <= window) {
                sum[p] += in[i];
                status[p] += STALE_ONE;
            } else {
                status[p] += MISSING_ONE;
            }
        }
        final long[] childSum = sum.clone();
        final RollUpPolicy.ParentFigure choice = policy.parentFigure();
        final boolean[] used = new boolean[internalCount];
        // under OWN_WHEN_CHILDREN_MISSING: figures below (leaves with one, own figures used)
        final int[] figuresBelow = new int[internalCount];
        final long[] passed = status.clone();
        for (int i : internalDescending) {
            int k = internalIndex[i];
            childSum[k] = sum[k];
            useOwn(choice, i, k, day - inDay[i] <= window, in, sum, status, passed, used,
                    figuresBelow);
            int p = internalIndex[parent[i]];
            sum[p] += sum[k];
            status[p] += passed[k];
            passed[p] += passed[k];
            figuresBelow[p] += figuresBelow[k] + (used[k] ? 1 : 0);
        }
        if (internalCount > 0) {
            childSum[0] = sum[0];
            useOwn(choice, 0, 0, day - inDay[0] <= window, in, sum, status, passed, used,
                    figuresBelow);
        }
        return new Snapshot(this, latest, sum, childSum, status, used);
    }

    /**
     * Puts a parent's own figure in place of its children's sum when the policy says so; under
     * OWN_WHEN_CHILDREN_MISSING the leaves it covers are no longer passed up as missing.
     */
    private void useOwn(RollUpPolicy.ParentFigure choice, int i, int k, boolean current,
                        long[] in, long[] sum, long[] status, long[] passed, boolean[] used,
                        int[] figuresBelow) {
        if (!current || choice == RollUpPolicy.ParentFigure.CHILDREN_SUM) {
            return;
        }
        if (choice == RollUpPolicy.ParentFigure.OWN_FIGURE) {
            sum[k] = in[i];
            used[k] = true;
            return;
        }
        int missing = (int) status[k];
        if (missing == leafCount[i] && figuresBelow[k] == 0) {
            sum[k] = in[i];
            used[k] = true;
            passed[k] = 0;
        }
    }

    /**
     * Rolls up every day from {@code from} to {@code to} in one pass over the daily figures.
     *
     * <p>The figures must cover the days from {@code from} to {@code to}; figures up to
     * {@code carryForwardDays} before {@code from} are carried in if the window holds them.
     *
     * @param daily  the daily figures for this engine's version, not null
     * @param from  the first day, not null
     * @param to  the last day, not before {@code from}, not null
     * @return the series, not null
     * @throws IllegalArgumentException if the figures are for another version, or the days are
     *     not within the figures' window
     */
    public Series series(DailyCounts daily, LocalDate from, LocalDate to) {
        requireSameVersion(daily.version());
        final int off = daily.dayIndex(from);
        final int days = (int) (to.toEpochDay() - from.toEpochDay() + 1);
        if (off < 0 || days < 1 || off + days > daily.days()) {
            throw new IllegalArgumentException("days " + from + " to " + to
                    + " are not within the figures' window " + daily.firstDay() + " to "
                    + daily.lastDay());
        }
        final int width = daily.days();
        final int window = policy.carryForwardDays();
        final long[] fresh = daily.freshValues();
        final int[] gapStart = daily.gapStarts();
        final int[] gapDay = daily.gapDays();
        final int[] gapAge = daily.gapAges();
        final long[] gapValue = daily.gapValues();
        final long[] out = new long[internalCount * days];
        final long[] status = new long[internalCount * days];
        final int end = off + days;
        for (int r = 0; r < runStart.length; r++) {
            final int pb = runParent[r] * days;
            for (int i = runStart[r], e = runEnd[r]; i < e; i++) {
                // every reported figure of the row, in one vectorizable pass
                final int base = i * width + off;
                for (int d = 0; d < days; d++) {
                    out[pb + d] += fresh[base + d];
                }
                // then only the days without a report: carried forward, or missing
                for (int g = gapStart[i], ge = gapStart[i + 1]; g < ge; g++) {
                    int k = gapDay[g];
                    if (k < off || k >= end) {
                        continue;
                    }
                    int at = pb + k - off;
                    if (gapAge[g] <= window) {
                        out[at] += gapValue[g];
                        status[at] += STALE_ONE;
                    } else {
                        status[at] += MISSING_ONE;
                    }
                }
            }
        }
        final boolean ownFirst = policy.parentFigure() == RollUpPolicy.ParentFigure.OWN_FIGURE;
        final boolean whenMissing = policy.parentFigure()
                == RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING;
        // under OWN_WHEN_CHILDREN_MISSING: what is passed up as missing, and figures below
        final long[] passed = whenMissing ? status.clone() : status;
        final int[] below = whenMissing ? new int[internalCount * days] : null;
        for (int i : internalDescending) {
            final int ib = internalIndex[i] * days;
            final int pb = internalIndex[parent[i]] * days;
            if (ownFirst) {
                applyOwnFigures(daily, i, off, days, window, out, ib);
            } else if (whenMissing) {
                applyOwnWhenMissing(daily, i, off, days, window, out, status, passed, below, ib);
            }
            for (int d = 0; d < days; d++) {
                out[pb + d] += out[ib + d];
                status[pb + d] += passed[ib + d];
            }
            if (whenMissing) {
                for (int d = 0; d < days; d++) {
                    passed[pb + d] += passed[ib + d];
                    below[pb + d] += below[ib + d];
                }
            }
        }
        if (ownFirst && internalCount > 0) {
            applyOwnFigures(daily, 0, off, days, window, out, 0);
        } else if (whenMissing && internalCount > 0) {
            applyOwnWhenMissing(daily, 0, off, days, window, out, status, passed, below, 0);
        }
        return new Series(this, daily, from, days, out, status, internalIndex);
    }

    private void requireSameVersion(HierarchyVersion other) {
        if (other != version && !other.equals(version)) {
            throw new IllegalArgumentException("figures are for " + other
                    + ", the engine is for " + version);
        }
    }

    /** Returns the index of an internal node in the per-node arrays, -1 for a leaf. */
    int internalIndexAt(int ordinal) {
        return internalIndex[ordinal];
    }

    /** Replaces a parent's children's sum by its own figure on the days it has a current one. */
    private static void applyOwnFigures(DailyCounts daily, int ordinal, int off, int days,
                                        int window, long[] out, int ib) {
        for (int d = 0; d < days; d++) {
            long own = daily.carriedAt(ordinal, off + d, window);
            if (own != DailyCounts.NO_REPORT) {
                out[ib + d] = own;
            }
        }
    }

    /**
     * Puts a parent's own figure in place of its children's sum on the days it has a current one
     * and no unit below has a figure; the leaves it covers are then not passed up as missing, and
     * {@code below} counts it as a figure for its ancestors.
     */
    private void applyOwnWhenMissing(DailyCounts daily, int ordinal, int off, int days,
                                     int window, long[] out, long[] status, long[] passed,
                                     int[] below, int ib) {
        for (int d = 0; d < days; d++) {
            if ((int) status[ib + d] != leafCount[ordinal] || below[ib + d] != 0) {
                continue;
            }
            long own = daily.carriedAt(ordinal, off + d, window);
            if (own != DailyCounts.NO_REPORT) {
                out[ib + d] = own;
                passed[ib + d] = 0;
                below[ib + d] = 1;
            }
        }
    }

    @Override
    public String toString() {
        return "RollUp[" + version + ", " + segment + ", " + policy + "]";
    }
}
