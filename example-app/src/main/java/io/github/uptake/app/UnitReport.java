package io.github.uptake.app;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.Threshold;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.quality.Finding;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.OwnFigureUse;
import io.github.uptake.rollup.PartialRate;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import io.github.uptake.rollup.TargetStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A unit's report on a day as every output shows it (the text, CSV and JSON reports, and the
 * dashboard): the unit and every unit under it, each as a {@link Line} that applies the rules of
 * what is shown, the parents whose own figures the roll-up used or set aside, and the findings
 * about denominators. The xlsx report ({@link io.github.uptake.excel.ConsolidatedReport}) keeps
 * the same rules from the same snapshot.
 *
 * <p>The rules: a rate is rounded half-up to 0,01%, except that a rate below its target never
 * shows a figure that reads as reaching it ({@link UptakeFormat#hundredthsOfPercent(long, long,
 * Threshold)}); a unit without a current figure has no count and no rate (shown {@code –}, never
 * 0); a unit without a denominator some of whose units below have one shows the rate over those
 * units, marked partial. This class is immutable and thread-safe.
 */
public final class UnitReport {
    /** What a missing figure shows in text. */
    public static final String MISSING = "–";
    /** The mark of a partial rate. */
    public static final String PARTIAL = "*";
    /** The status of a unit without a current figure, beside the engine's statuses. */
    public static final String NO_FIGURE = "NO_FIGURE";

    private final Snapshot snapshot;
    private final Snapshot previous;
    private final String unitCode;
    private final List<Line> lines;
    private final List<NodeResult> ownFigures;
    private final List<Finding> findings;

    private UnitReport(Snapshot snapshot, Snapshot previous, String unitCode) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.previous = previous;
        this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
        HierarchyVersion v = snapshot.version();
        int top = v.ordinal(unitCode);
        if (top < 0) {
            throw new IllegalArgumentException("unit " + unitCode + " is not in " + v);
        }
        int end = v.subtreeEnd(top);
        List<Line> l = new ArrayList<>(end - top);
        for (int i = top; i < end; i++) {
            l.add(new Line(snapshot.nodeAt(i), v.depthAt(i) - v.depthAt(top)));
        }
        this.lines = Collections.unmodifiableList(l);
        List<NodeResult> own = new ArrayList<>();
        for (NodeResult n : snapshot.ownFigures()) {
            int i = v.ordinal(n.code());
            if (i >= top && i < end) {
                own.add(n);
            }
        }
        this.ownFigures = Collections.unmodifiableList(own);
        List<Finding> f = new ArrayList<>();
        for (Finding x : snapshot.findings()) {
            int i = v.ordinal(x.unitCode());
            if (i >= top && i < end) {
                f.add(x);
            }
        }
        this.findings = Collections.unmodifiableList(f);
    }

    /**
     * Makes the report of a unit from a snapshot.
     *
     * @param snapshot  the roll-up of the day, not null
     * @param previous  the roll-up of the day before, for the change; null for none
     * @param unitCode  the unit, in the snapshot's version, not null
     * @return the report, not null
     * @throws IllegalArgumentException if the unit is not in the version
     */
    public static UnitReport of(Snapshot snapshot, Snapshot previous, String unitCode) {
        return new UnitReport(snapshot, previous, unitCode);
    }

    /**
     * Rolls up a unit's figures from the storage: the day and the day before, under a policy.
     *
     * @param s  the storage, not null
     * @param unitCode  the unit, in a version valid on the day
     * @param day  the day, not null
     * @param segment  the segment, not null
     * @param policy  the roll-up policy, not null
     * @return the report, not null
     * @throws IllegalArgumentException if no hierarchy has the unit on the day
     */
    public static UnitReport load(JdbcStorage s, String unitCode, LocalDate day, Segment segment,
                                  RollUpPolicy policy) {
        ReferenceStore ref = s.referenceStore();
        HierarchyVersion v = UptakeApp.versionOf(ref, unitCode, day);
        RollUp engine = RollUp.of(v, segment, ref.denominators(segment), ref.targetRules(),
                policy);
        int window = policy.carryForwardDays();
        Snapshot today = engine.snapshot(s.reportStore().latestCounts(v, segment, day, window));
        Snapshot before = engine.snapshot(s.reportStore().latestCounts(v, segment,
                day.minusDays(1), window));
        return new UnitReport(today, before, unitCode);
    }

    /** Returns the snapshot of the day. */
    public Snapshot snapshot() {
        return snapshot;
    }

    /** Returns the snapshot of the day before, if any. */
    public Optional<Snapshot> previous() {
        return Optional.ofNullable(previous);
    }

    /** Returns the unit's code. */
    public String unitCode() {
        return unitCode;
    }

    /** Returns the unit's line. */
    public Line top() {
        return lines.get(0);
    }

    /** Returns the unit's line and those of every unit under it, in tree order. */
    public List<Line> lines() {
        return lines;
    }

    /** Returns the policy the figures were rolled up under. */
    public RollUpPolicy policy() {
        return snapshot.policy();
    }

    /**
     * Returns the parents within the report that have a current own figure, used or set aside,
     * in tree order.
     */
    public List<NodeResult> ownFigures() {
        return ownFigures;
    }

    /** Returns the parents within the report whose own figure was used, in tree order. */
    public List<NodeResult> ownFiguresUsed() {
        return ownFigures.stream().filter(n -> n.ownFigureUse() == OwnFigureUse.USED).toList();
    }

    /** Returns the parents within the report whose own figure was set aside, in tree order. */
    public List<NodeResult> ownFiguresSetAside() {
        return ownFigures.stream().filter(n -> n.ownFigureUse() == OwnFigureUse.SET_ASIDE)
                .toList();
    }

    /**
     * Returns the findings about denominators of units within the report: partial denominators
     * ({@code denominator.partial}, naming the units without one) and declared figures that
     * differ from their children's sum.
     */
    public List<Finding> findings() {
        return findings;
    }

    /** Returns true if a line of the report shows a partial rate. */
    public boolean anyPartial() {
        return lines.stream().anyMatch(l -> l.partial().isPresent());
    }

    /**
     * Returns the count of a unit in the previous snapshot, if it had a figure then.
     *
     * @param code  the unit's code
     * @return the previous count, empty without a previous snapshot or figure
     */
    public OptionalLong previousCount(String code) {
        if (previous == null || !previous.version().contains(code)) {
            return OptionalLong.empty();
        }
        NodeResult before = previous.node(code);
        return before.hasFigure() ? OptionalLong.of(before.count()) : OptionalLong.empty();
    }


    /**
     * Returns a rate as every output shows it, in hundredths of a percent: rounded half-up, and
     * below a target at most the largest value below it.
     *
     * @param count  the count
     * @param den  the denominator, positive
     * @param rule  the target rule, null for none
     * @return the rate in hundredths of a percent
     */
    public static long shown(long count, long den, TargetRule rule) {
        return rule == null ? UptakeFormat.hundredthsOfPercent(count, den)
                : UptakeFormat.hundredthsOfPercent(count, den, rule.threshold());
    }

    /**
     * Formats a rate in hundredths of a percent: {@code 59,99%} or {@code 59.99%}.
     *
     * @param f  the format, not null
     * @param hundredths  the rate in hundredths of a percent
     * @return the text
     */
    public static String percent(UptakeFormat f, long hundredths) {
        // through the one formatter: n / 10000 at hundredths precision prints n exactly
        return f.percent(hundredths, 10_000);
    }

    /**
     * One unit's line as every output shows it.
     *
     * @param node  the unit's result, not null
     * @param depth  its depth below the report's unit (0 for that unit)
     */
    public record Line(NodeResult node, int depth) {
        /** Checks the fields. */
        public Line {
            Objects.requireNonNull(node, "node");
        }

        /** Returns the unit's code. */
        public String code() {
            return node.code();
        }

        /** Returns true if the unit has a figure to show. */
        public boolean hasFigure() {
            return node.hasFigure();
        }

        /** Returns the count, if the unit has a figure. */
        public OptionalLong count() {
            return hasFigure() ? OptionalLong.of(node.count()) : OptionalLong.empty();
        }

        /** Returns the denominator, if the unit has one. */
        public OptionalLong denominator() {
            return node.denominator().isEmpty() ? OptionalLong.empty()
                    : OptionalLong.of(node.denominator().get().count());
        }

        /** Returns the rate as shown, in hundredths of a percent, if it has a count and one. */
        public OptionalLong rate() {
            long den = node.denominator().map(d -> d.count()).orElse(0L);
            return hasFigure() && den > 0 ? OptionalLong.of(shown(node.count(), den, node.rule().orElse(null)))
                    : OptionalLong.empty();
        }

        /**
         * Returns the rate as shown in a view that also compares it with bands (the dashboard's
         * "under 10%"): below a band it is, it never reads as reaching it either.
         *
         * @param bands  the bands, not null
         * @return the rate, or the partial rate, in hundredths of a percent, if any
         */
        public OptionalLong rate(List<Threshold> bands) {
            long count;
            long den;
            if (rate().isPresent()) {
                count = node.count();
                den = node.denominator().orElseThrow().count();
            } else if (partial().isPresent()) {
                count = partial().get().coveredCount();
                den = partial().get().coveredDenominator();
            } else {
                return OptionalLong.empty();
            }
            long h = shown(count, den, node.rule().orElse(null));
            for (Threshold b : bands) {
                h = Math.min(h, UptakeFormat.hundredthsOfPercent(count, den, b));
            }
            return OptionalLong.of(h);
        }

        /** Returns the partial rate's figures, for a unit with a figure and a partial one. */
        public Optional<PartialRate> partial() {
            return hasFigure() && rate().isEmpty() ? node.partial() : Optional.empty();
        }

        /** Returns the partial rate as shown, in hundredths of a percent, if any. */
        public OptionalLong partialRate() {
            return partial().map(p -> OptionalLong.of(shown(p.coveredCount(),
                    p.coveredDenominator(), node.rule().orElse(null)))).orElse(OptionalLong.empty());
        }

        /**
         * Returns the status: the engine's ({@code MET}, {@code NOT_MET}, {@code NO_DENOMINATOR},
         * {@code NO_TARGET}), or {@link #NO_FIGURE} for a unit without a current figure.
         */
        public String status() {
            return hasFigure() ? node.status().name() : NO_FIGURE;
        }

        /** Returns the gap in people: 0 when met, the gap when not met, empty otherwise. */
        public OptionalLong gap() {
            if (!hasFigure()) {
                return OptionalLong.empty();
            }
            return node.status() == TargetStatus.MET ? OptionalLong.of(0)
                    : node.status() == TargetStatus.NOT_MET ? OptionalLong.of(node.gap())
                    : OptionalLong.empty();
        }

        /** Returns the count as shown: {@code 197.011}, or {@code –}. */
        public String countText(UptakeFormat f) {
            return hasFigure() ? f.count(node.count()) : MISSING;
        }

        /** Returns the denominator as shown, or {@code –}. */
        public String denominatorText(UptakeFormat f) {
            return node.denominator().isEmpty() ? MISSING : f.count(node.denominator().orElseThrow().count());
        }

        /** Returns the rate as shown: {@code 59,99%}, a partial {@code 11,23%*}, or {@code –}. */
        public String rateText(UptakeFormat f) {
            return rateText(f, List.of());
        }

        /**
         * Returns the rate as shown in a view that also compares rates with bands.
         *
         * @param f  the format, not null
         * @param bands  the bands, not null
         * @return the rate, a partial rate marked {@code *}, or {@code –}
         */
        public String rateText(UptakeFormat f, List<Threshold> bands) {
            OptionalLong h = rate(bands);
            if (h.isEmpty()) {
                return MISSING;
            }
            return percent(f, h.getAsLong()) + (rate().isPresent() ? "" : PARTIAL);
        }
    }

    @Override
    public String toString() {
        return "UnitReport[" + unitCode + ", " + snapshot + "]";
    }
}
