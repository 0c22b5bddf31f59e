package io.github.uptake.testing;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.quality.DecreasingCountCheck;
import io.github.uptake.quality.DenominatorMismatchCheck;
import io.github.uptake.quality.OutlierIncreaseCheck;
import io.github.uptake.quality.OverDenominatorCheck;
import io.github.uptake.quality.ParentFigureCheck;
import io.github.uptake.quality.PublishedRate;
import io.github.uptake.quality.PublishedRateCheck;
import io.github.uptake.quality.QualityContext;
import io.github.uptake.quality.StaleUnitCheck;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates clean campaign data, on which no quality check finds anything, and the same data with
 * one injected fault, on which exactly the fault's check finds exactly that unit.
 */
public final class QualityScenarios {
    /** The first day of every generated case. */
    public static final LocalDate FIRST = LocalDate.of(2020, 8, 1);

    private QualityScenarios() {
    }

    /** The fault injected into a case. */
    public enum Fault {
        /** No fault: clean data. */
        NONE(null),
        /** A leaf's cumulative count falls on one day (its tail shifted down). */
        DECREASE(DecreasingCountCheck.ID),
        /** A leaf's denominator is set below its count. */
        OVER_DENOMINATOR(OverDenominatorCheck.ID),
        /** A parent's own figure on the last day is far from its children's sum. */
        OWN_FIGURE(ParentFigureCheck.ID),
        /** A parent declares a denominator twice its children's sum. */
        DENOMINATOR(DenominatorMismatchCheck.ID),
        /** A leaf's increase on one day is hundreds above its usual. */
        OUTLIER(OutlierIncreaseCheck.ID),
        /** A leaf stops reporting for its last 4 to 6 days. */
        STALE(StaleUnitCheck.ID),
        /** A published rate that does not match its count and denominator. */
        PUBLISHED(PublishedRateCheck.ID);

        private final String checkId;

        Fault(String checkId) {
            this.checkId = checkId;
        }

        /** Returns the id of the check that must find it, null for none. */
        public String checkId() {
            return checkId;
        }
    }

    /**
     * A generated case.
     *
     * @param version  the tree
     * @param denominators  the denominators
     * @param figures  each reporting unit's figure per day, -1 for none
     * @param days  the number of days from {@link #FIRST}
     * @param published  published rates
     * @param fault  the injected fault
     * @param faultUnit  the unit it was injected at, null for none
     */
    public record Case(HierarchyVersion version, List<Denominator> denominators,
                       Map<String, long[]> figures, int days, List<PublishedRate> published,
                       Fault fault, String faultUnit) {

        /** Returns the last day. */
        public LocalDate last() {
            return FIRST.plusDays(days - 1L);
        }

        /** Returns the quality context of the case (default policy, 60% target). */
        public QualityContext context() {
            DailyCounts.Builder b = DailyCounts.builder(version, FIRST, last());
            figures.forEach((code, row) -> {
                for (int d = 0; d < row.length; d++) {
                    if (row[d] >= 0) {
                        b.put(code, FIRST.plusDays(d), row[d]);
                    }
                }
            });
            RollUp engine = RollUp.of(version, Segment.RESIDENTS, denominators,
                    TargetRules.of(TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT)),
                    RollUpPolicy.defaults());
            return QualityContext.of(engine, b.build(), FIRST, last())
                    .withPublishedRates(published);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("  fault " + fault + " at " + faultUnit + ", "
                    + days + " days\n  tree: ");
            version.entries().forEach(e -> sb.append(e.unit().code())
                    .append(e.parentCode() == null ? "" : "<" + e.parentCode()).append(' '));
            sb.append("\n  denominators: ");
            denominators.forEach(d -> sb.append(d.unitCode()).append('=').append(d.count())
                    .append(' '));
            figures.forEach((c, row) -> sb.append("\n  ").append(c).append(": ")
                    .append(java.util.Arrays.toString(row)));
            published.forEach(p -> sb.append("\n  published ").append(p));
            return sb.toString();
        }
    }

    /**
     * Returns a generator of cases with the given fault.
     *
     * @param fault  the fault to inject
     * @return the generator
     */
    public static Generator<Case> cases(Fault fault) {
        return rnd -> {
            while (true) {
                Case c = attempt(rnd, fault);
                if (c != null) {
                    return c;
                }
            }
        };
    }

    private static Case attempt(SplittableRandom rnd, Fault fault) {
        HierarchyVersion v = Scenarios.tree(rnd, 40, FIRST);
        int days = 12 + rnd.nextInt(14);
        Map<String, long[]> figures = new LinkedHashMap<>();
        List<Denominator> dens = new ArrayList<>();
        for (int leaf : v.leafOrdinals()) {
            long[] row = new long[days];
            long c = rnd.nextInt(1000);
            for (int d = 0; d < days; d++) {
                c += 10 + rnd.nextInt(11);
                row[d] = c;
            }
            String code = v.unitAt(leaf).code();
            figures.put(code, row);
            dens.add(new Denominator(code, Segment.RESIDENTS, 100_000 + rnd.nextInt(100_000),
                    "census-2019", LocalDate.of(2019, 4, 1)));
        }
        Set<String> ownReporters = new HashSet<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.isLeafAt(i) && rnd.nextInt(10) < 3) {
                ownReporters.add(v.unitAt(i).code());
            }
        }
        // leaves with a sibling and no ancestor reporting its own figure
        List<String> safeLeaves = new ArrayList<>();
        for (int leaf : v.leafOrdinals()) {
            boolean ok = leaf > 0 && v.children(v.unitAt(v.parentOrdinal(leaf)).code()).size() > 1;
            for (int a = v.parentOrdinal(leaf); ok && a >= 0; a = v.parentOrdinal(a)) {
                ok = !ownReporters.contains(v.unitAt(a).code());
            }
            if (ok) {
                safeLeaves.add(v.unitAt(leaf).code());
            }
        }
        boolean needsLeaf = fault == Fault.DECREASE || fault == Fault.OVER_DENOMINATOR
                || fault == Fault.OUTLIER || fault == Fault.STALE;
        if (needsLeaf && safeLeaves.isEmpty() || v.size() < 2) {
            return null;
        }
        String target = null;
        switch (fault) {
            case DECREASE -> {
                target = pick(rnd, safeLeaves);
                long[] row = figures.get(target);
                int d = 1 + rnd.nextInt(days - 1);
                long delta = row[d] - row[d - 1] + 1 + rnd.nextLong(Math.min(50, row[d - 1]));
                for (int k = d; k < days; k++) {
                    row[k] -= delta;
                }
            }
            case OUTLIER -> {
                target = pick(rnd, safeLeaves);
                long[] row = figures.get(target);
                int d = days / 2 + rnd.nextInt(days - days / 2);
                long delta = 500 + rnd.nextInt(500);
                for (int k = d; k < days; k++) {
                    row[k] += delta;
                }
            }
            case STALE -> {
                target = pick(rnd, safeLeaves);
                long[] row = figures.get(target);
                int silent = 4 + rnd.nextInt(3);
                for (int k = days - silent; k < days; k++) {
                    row[k] = -1;
                }
            }
            case OVER_DENOMINATOR -> {
                target = pick(rnd, safeLeaves);
                long last = figures.get(target)[days - 1];
                String t = target;
                dens.removeIf(x -> x.unitCode().equals(t));
                dens.add(new Denominator(target, Segment.RESIDENTS, last - 1 - rnd.nextInt(10),
                        "census-2019", LocalDate.of(2019, 4, 1)));
            }
            default -> {
            }
        }
        // parents' own figures: exactly the sum of their leaves
        Map<String, long[]> own = new LinkedHashMap<>();
        for (String code : ownReporters) {
            long[] row = new long[days];
            for (Unit leaf : Scenarios.leavesUnder(v, code)) {
                long[] lr = figures.get(leaf.code());
                for (int d = 0; d < days; d++) {
                    row[d] += lr[d];
                }
            }
            own.put(code, row);
        }
        if (fault == Fault.OWN_FIGURE) {
            if (ownReporters.isEmpty()) {
                return null;
            }
            target = pick(rnd, new ArrayList<>(own.keySet()));
            long[] row = own.get(target);
            row[days - 1] += Math.max(1000, row[days - 1]);
        }
        figures.putAll(own);
        if (fault == Fault.DENOMINATOR) {
            List<String> parents = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.isLeafAt(i)) {
                    parents.add(v.unitAt(i).code());
                }
            }
            target = pick(rnd, parents);
            long sum = 0;
            for (Unit leaf : Scenarios.leavesUnder(v, target)) {
                String lc = leaf.code();
                sum += dens.stream().filter(x -> x.unitCode().equals(lc)).mapToLong(Denominator::count)
                        .sum();
            }
            dens.add(new Denominator(target, Segment.RESIDENTS, 2 * sum + 1, "estimate",
                    LocalDate.of(2020, 1, 1)));
        }
        List<PublishedRate> published = new ArrayList<>();
        LocalDate last = FIRST.plusDays(days - 1L);
        for (int k = rnd.nextInt(3); k >= 0; k--) {
            String code = pick(rnd, new ArrayList<>(figures.keySet()));
            long count = figures.get(code)[days - 1];
            long den = 1 + count + rnd.nextInt(100_000);
            published.add(new PublishedRate(code, Segment.RESIDENTS, last, Math.max(0, count), den,
                    UptakeFormat.vietnamese().percent(Math.max(0, count), den), "web page"));
        }
        if (fault == Fault.PUBLISHED) {
            target = pick(rnd, new ArrayList<>(figures.keySet()));
            long count = Math.max(0, figures.get(target)[days - 1]);
            long den = 1 + count + rnd.nextInt(100_000);
            long shown = UptakeFormat.hundredthsOfPercent(count, den) + 50 + rnd.nextInt(500);
            String text = (shown / 100) + "," + String.format("%02d", shown % 100) + "%";
            published.add(new PublishedRate(target, Segment.RESIDENTS, last, count, den, text,
                    "web page"));
        }
        return new Case(v, dens, figures, days, published, fault, target);
    }

    private static String pick(SplittableRandom rnd, List<String> from) {
        return from.get(rnd.nextInt(from.size()));
    }
}
