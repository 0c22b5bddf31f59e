package io.github.uptake.app;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.CrosswalkKey;
import io.github.uptake.history.Fraction;
import io.github.uptake.history.History;
import io.github.uptake.history.RebasedSeries;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.Unit;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.port.ReportReader;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.ResolvedDenominator;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's figures read "re-based": where its leaves went in a later version of its hierarchy, with
 * the share of each figure that is estimated. The command line's {@code report --rebase-to} and the
 * dashboard's re-based page both show it.
 *
 * @param oldUnit  the unit, in the version valid on the day
 * @param from  the version the figures were reported in ("as it was")
 * @param to  the version they are re-based onto
 * @param source  where the crosswalks come from
 * @param day  the day of the figures
 * @param rows  the new units that received some of the unit's leaves, in tree order
 * @param retired  old leaves under the unit that the crosswalks map nowhere (their figures are left
 *                 out, and said so)
 * @param trendFrom  the first day of the trend
 * @param trend  the unit's re-based total on each day from {@code trendFrom} to {@code day}
 * @param counts  the re-based counts of the unit's part, every new unit, from {@code trendFrom}
 * @param denominators  the re-based denominators of the unit's part, on {@code day}
 * @param segment  the segment of the figures
 */
public record RebasedView(Unit oldUnit, HierarchyVersion from, HierarchyVersion to, String source,
                          LocalDate day, List<Row> rows, List<Unit> retired, LocalDate trendFrom,
                          long[] trend, RebasedSeries counts, RebasedSeries denominators,
                          Segment segment) {

    /**
     * One new unit.
     *
     * @param unit  the new unit
     * @param depth  its depth in the new version
     * @param count  the re-based count shown (rounded so that parents are the sums of children);
     *               0 when the unit has no figure
     * @param hasFigure  whether some old leaf with a figure that day went into it; without one the
     *                   unit shows as missing, never as 0
     * @param denominator  the re-based denominator, from the old leaves' denominators
     * @param estimatedShare  the share of the count that is estimated (0 when exact)
     * @param fromOld  the old leaves (code and name) that went into it, for leaves
     * @param rule  the target rule of the new unit's kind, null if it is counted only
     */
    public record Row(Unit unit, int depth, long count, boolean hasFigure, long denominator,
                      Fraction estimatedShare, List<String> fromOld, TargetRule rule) {
        /** Returns true if some of the count is estimated. */
        public boolean estimated() {
            return !estimatedShare.isZero();
        }

        /** Returns the estimated share in percent with one decimal, e.g. {@code 33.3}. */
        public BigDecimal estimatedPercent() {
            return estimatedShare.times(100).toBigDecimal(1);
        }

        /**
         * Returns the rate as every output shows it, in hundredths of a percent (below the target
         * it never reads as reaching it), if the unit has a figure and a denominator.
         */
        public java.util.OptionalLong rate() {
            return hasFigure && denominator > 0 ? java.util.OptionalLong.of(UnitReport.shown(count,
                    denominator, rule)) : java.util.OptionalLong.empty();
        }

        /** Returns the rate as shown: {@code 59,99%}, or {@code –} without a denominator. */
        public String rateText(UptakeFormat f) {
            return rate().isPresent() ? UnitReport.percent(f, rate().getAsLong())
                    : UnitReport.MISSING;
        }

        /** Returns the count, if the unit has a figure. */
        public java.util.OptionalLong figure() {
            return hasFigure ? java.util.OptionalLong.of(count) : java.util.OptionalLong.empty();
        }

        /** Returns the count as shown, or {@code –} without a figure. */
        public String countText(UptakeFormat f) {
            return hasFigure ? f.count(count) : UnitReport.MISSING;
        }

        /** Returns the denominator as shown, or {@code –} without one. */
        public String denominatorText(UptakeFormat f) {
            return denominator > 0 ? f.count(denominator) : UnitReport.MISSING;
        }

        /** Returns the estimated share as shown, e.g. {@code 33,3%} in Vietnamese. */
        public String estimatedPercent(UptakeFormat f) {
            String n = estimatedPercent().toPlainString();
            return (f.locale().getLanguage().equals("vi") ? n.replace('.', ',') : n) + "%";
        }
    }

    /**
     * Builds the view from the storage.
     *
     * @param s  the storage
     * @param unit  the unit's code in the version valid on {@code day}
     * @param day  the day
     * @param segment  the segment
     * @param onto  a day on which the version to re-base onto is valid
     * @param trendDays  how many days the trend covers (clipped to the version's first day)
     * @param policy  the roll-up policy of the figures as they were, not null
     * @return the view
     * @throws IllegalArgumentException if no version is valid on {@code onto} or no crosswalks
     *         lead to it (the message says what to load)
     */
    public static RebasedView build(JdbcStorage s, String unit, LocalDate day, Segment segment,
                                    LocalDate onto, int trendDays, RollUpPolicy policy) {
        return build(s.referenceStore(), h -> History.load(h, s.crosswalkStore()),
                s.reportStore(), unit, day, segment, onto, trendDays, policy);
    }

    /**
     * Builds the view from reference data, the hierarchies' histories and reports read from
     * anywhere, e.g. the dashboard's live model.
     *
     * @param ref  the units, denominators and target rules, not null
     * @param histories  a hierarchy's versions and crosswalks, not null
     * @param reports  the reports, not null
     * @param unit  the unit's code in the version valid on {@code day}
     * @param day  the day
     * @param segment  the segment
     * @param onto  a day on which the version to re-base onto is valid
     * @param trendDays  how many days the trend covers (clipped to the version's first day)
     * @param policy  the roll-up policy of the figures as they were, not null
     * @return the view
     * @throws IllegalArgumentException if no version is valid on {@code onto} or no crosswalks
     *         lead to it (the message says what to load)
     */
    public static RebasedView build(ReferenceStore ref,
                                    java.util.function.Function<Hierarchy, History> histories,
                                    ReportReader reports, String unit, LocalDate day,
                                    Segment segment, LocalDate onto, int trendDays,
                                    RollUpPolicy policy) {
        HierarchyVersion v = UptakeApp.versionOf(ref, unit, day);
        Hierarchy h = ref.hierarchy(v.hierarchyName()).orElseThrow();
        HierarchyVersion target = h.versionOn(onto).orElseThrow(() -> new IllegalArgumentException(
                "no version of the " + h.name() + " hierarchy is valid on " + onto + "; load it"
                        + " with 'uptake load units'"));
        Crosswalk cw = histories.apply(h).path(v, target).orElseThrow(
                () -> new IllegalArgumentException("no crosswalk leads from " + v + " to " + target
                        + "; load one with 'uptake load crosswalk'"));
        RollUp engine = RollUp.of(v, segment, ref.denominators(segment), ref.targetRules(),
                policy);
        LocalDate first = day.minusDays(trendDays - 1L);
        if (first.isBefore(v.validFrom())) {
            first = v.validFrom();
        }
        DailyCounts daily = reports.dailyCounts(v, segment,
                first.minusDays(engine.policy().carryForwardDays()), day);
        Series series = engine.series(daily, first, day);
        RebasedSeries counts = RebasedSeries.of(series, cw, unit);
        int top = v.ordinal(unit);
        Map<String, Long> leafDenominators = new HashMap<>();
        Map<String, List<String>> fromOld = new LinkedHashMap<>();
        List<Unit> retired = new ArrayList<>();
        for (int i = top; i < v.subtreeEnd(top); i++) {
            if (!v.isLeafAt(i)) {
                continue;
            }
            Unit leaf = v.unitAt(i);
            ResolvedDenominator d = engine.denominatorAt(i);
            leafDenominators.put(leaf.code(), d == null ? 0L : d.count());
            if (cw.retired().contains(leaf.code())) {
                retired.add(leaf);
            }
            for (Crosswalk.Piece p : cw.pieces(leaf.code())) {
                fromOld.computeIfAbsent(p.newCode(), k -> new ArrayList<>()).add(leaf.code() + " "
                        + leaf.name() + (p.isFull() ? "" : " (" + p.weight() + ")"));
            }
        }
        RebasedSeries dens = RebasedSeries.ofFigures(cw, day, leafDenominators);
        boolean[] covered = new boolean[target.size()];
        for (String code : fromOld.keySet()) {
            for (int i = target.ordinal(code); i >= 0; i = target.parentOrdinal(i)) {
                covered[i] = true;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            if (covered[i]) {
                String code = target.unitAt(i).code();
                rows.add(new Row(target.unitAt(i), target.depthAt(i), counts.count(code, day),
                        counts.hasFigure(code, day), dens.count(code, day), counts.estimatedShare(code, day),
                        List.copyOf(fromOld.getOrDefault(code, List.of())),
                        ref.targetRules().ruleFor(segment, target.unitAt(i).kind())
                                .orElse(null)));
            }
        }
        long[] trend = new long[series.days()];
        for (int d = 0; d < trend.length; d++) {
            trend[d] = counts.count(target.root().code(), first.plusDays(d));
        }
        return new RebasedView(v.unit(unit).orElseThrow(), v, target, cw.source(), day,
                List.copyOf(rows), List.copyOf(retired), first, trend, counts, dens, segment);
    }

    /**
     * Returns the days on which a later version begins that the unit's figures can be re-based
     * onto (a chain of stored crosswalks leads there).
     *
     * @param s  the storage
     * @param version  the version the figures are in
     * @return the first days of those versions, oldest first
     */
    public static List<LocalDate> targets(JdbcStorage s, HierarchyVersion version) {
        // from the keys alone: no crosswalk is read or composed to draw the switch
        Hierarchy h = s.referenceStore().hierarchy(version.hierarchyName()).orElseThrow();
        List<CrosswalkKey> keys = s.crosswalkStore().crosswalkKeys(h.name());
        java.util.Set<LocalDate> reached = new java.util.TreeSet<>();
        java.util.Deque<LocalDate> queue = new java.util.ArrayDeque<>(List.of(version.validFrom()));
        while (!queue.isEmpty()) {
            LocalDate at = queue.remove();
            for (CrosswalkKey k : keys) {
                if (k.from().equals(at) && reached.add(k.to())) {
                    queue.add(k.to());
                }
            }
        }
        List<LocalDate> out = new ArrayList<>();
        for (HierarchyVersion w : h.versions()) {
            if (reached.contains(w.validFrom())) {
                out.add(w.validFrom());
            }
        }
        return out;
    }

    /**
     * Returns the heading that says which view this is, e.g. for a chart.
     *
     * @param f  the format
     * @return the heading
     */
    public String heading(UptakeFormat f) {
        boolean vi = f.locale().getLanguage().equals("vi");
        return vi ? oldUnit.name() + " — tính lại theo địa giới từ " + f.date(to.validFrom())
                + " (số liệu báo cáo theo địa giới từ " + f.date(from.validFrom()) + ")"
                : oldUnit.name() + " — re-based onto the units of " + f.date(to.validFrom())
                + " (reported under the units of " + f.date(from.validFrom()) + ")";
    }
}
