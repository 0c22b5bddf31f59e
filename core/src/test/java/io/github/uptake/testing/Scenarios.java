package io.github.uptake.testing;

import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.rollup.RollUpPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generators of random but valid scenarios for property tests, their shrinker, and a naive
 * reference roll-up written independently of the engine (recursion over the tree, lists of
 * reports) to compare it against.
 */
public final class Scenarios {
    /** The segment generated reports count. */
    public static final Segment SEGMENT = Segment.RESIDENTS;
    private static final UnitKind[] KINDS = {UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE,
        UnitKind.of("village"), UnitKind.of("hamlet"), UnitKind.of("household-group")};

    private Scenarios() {
    }

    /**
     * Returns a generator of scenarios with trees of depth 1 to 5, skewed fan-out, at most the given
     * number of units.
     *
     * @param maxUnits  the largest tree
     * @return the generator
     */
    public static Generator<Scenario> scenarios(int maxUnits) {
        return rnd -> {
            LocalDate start = LocalDate.of(2020, 8, 1).plusDays(rnd.nextInt(30));
            int days = 1 + rnd.nextInt(20);
            HierarchyVersion version = tree(rnd, maxUnits, start.minusDays(10));
            RollUpPolicy policy = RollUpPolicy.defaults().withCarryForwardDays(rnd.nextInt(6))
                    .withParentFigure(switch (rnd.nextInt(4)) {
                        case 0 -> RollUpPolicy.ParentFigure.OWN_FIGURE;
                        case 1 -> RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING;
                        default -> RollUpPolicy.ParentFigure.CHILDREN_SUM;
                    });
            return new Scenario(version, denominators(rnd, version),
                    reports(rnd, version, start.minusDays(6), days + 6), start, days, policy);
        };
    }

    /**
     * Makes a random tree: depth 1 to 5, skewed fan-out (most nodes have few children, some many),
     * codes zero-padded or alphanumeric.
     *
     * @param rnd  the source
     * @param maxUnits  the largest tree
     * @param validFrom  the version's first day
     * @return the version
     */
    public static HierarchyVersion tree(SplittableRandom rnd, int maxUnits, LocalDate validFrom) {
        int maxDepth = 1 + rnd.nextInt(5);
        HierarchyVersion.Builder b = HierarchyVersion.builder("territorial", validFrom);
        Set<String> used = new HashSet<>();
        String rootCode = code(rnd, used);
        b.root(Unit.of(rootCode, KINDS[0], "Gốc " + rootCode));
        List<String> frontier = List.of(rootCode);
        int total = 1;
        for (int depth = 1; depth <= maxDepth && total < maxUnits; depth++) {
            List<String> next = new ArrayList<>();
            for (String parentCode : frontier) {
                int children = fanOut(rnd, depth == 1);
                for (int c = 0; c < children && total < maxUnits; c++) {
                    String code = code(rnd, used);
                    b.add(Unit.of(code, KINDS[depth], "Đơn vị " + code), parentCode);
                    next.add(code);
                    total++;
                }
            }
            if (next.isEmpty()) {
                break;
            }
            frontier = next;
        }
        return b.build();
    }

    private static int fanOut(SplittableRandom rnd, boolean root) {
        if (!root && rnd.nextInt(6) == 0) {
            return 0;
        }
        int k = 1;
        while (k < 15 && rnd.nextInt(3) != 0) {
            k++;
        }
        return k;
    }

    private static String code(SplittableRandom rnd, Set<String> used) {
        while (true) {
            String c = rnd.nextInt(4) == 0 ? "DV-" + rnd.nextInt(1000)
                    : String.format("%05d", rnd.nextInt(100_000));
            if (used.add(c)) {
                return c;
            }
        }
    }

    private static List<Denominator> denominators(SplittableRandom rnd, HierarchyVersion v) {
        List<Denominator> out = new ArrayList<>();
        for (Unit u : v.units()) {
            if (rnd.nextInt(10) < 6) {
                out.add(new Denominator(u.code(), SEGMENT, rnd.nextLong(200_000), "census-2019",
                        LocalDate.of(2019, 4, 1)));
            }
            if (rnd.nextInt(10) == 0) {
                out.add(new Denominator(u.code(), SEGMENT, rnd.nextLong(200_000), "estimate",
                        LocalDate.of(2020, 1, 1)));
            }
        }
        return out;
    }

    /**
     * Makes a report history over the given days for the units of a version: every leaf and some
     * parents report on a random share of days, with revisions, late corrections and re-sends.
     *
     * @param rnd  the source
     * @param v  the version
     * @param first  the first as-of day
     * @param days  the number of days
     * @return the reports in arrival order (shuffled)
     */
    public static List<Report> reports(SplittableRandom rnd, HierarchyVersion v, LocalDate first,
                                       int days) {
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            Unit u = v.unitAt(i);
            if (!v.isLeafAt(i) && rnd.nextInt(10) >= 3) {
                continue;
            }
            int share = 2 + rnd.nextInt(9);
            long cumulative = rnd.nextLong(1000);
            for (int d = 0; d < days; d++) {
                if (rnd.nextInt(10) >= share) {
                    continue;
                }
                LocalDate asOf = first.plusDays(d);
                cumulative += rnd.nextLong(500);
                Instant sent = asOf.atTime(15, 0).toInstant(ZoneOffset.ofHours(7))
                        .plusSeconds(rnd.nextInt(7200));
                Report r = Report.of(u.code(), SEGMENT, asOf, cumulative, sent, "clerk-" + u.code(),
                        "form");
                out.add(r);
                int extra = rnd.nextInt(20);
                if (extra == 0) {
                    out.add(Report.of(u.code(), SEGMENT, asOf, rnd.nextLong(cumulative + 1),
                            sent.plusSeconds(86_400L * (1 + rnd.nextInt(5))), "checker", "hau-kiem"));
                } else if (extra == 1) {
                    out.add(r);
                } else if (extra == 2) {
                    out.add(Report.of(u.code(), SEGMENT, asOf, cumulative + rnd.nextLong(50),
                            sent.minusSeconds(3600), "clerk-" + u.code(), "earlier-draft"));
                }
            }
        }
        shuffle(rnd, out);
        return out;
    }

    /**
     * Shuffles a list in place with the given source.
     *
     * @param <T>  the element type
     * @param rnd  the source
     * @param list  the list
     */
    public static <T> void shuffle(SplittableRandom rnd, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /**
     * Returns a shrinker that removes one report, or one leaf with its reports and denominators.
     *
     * @return the shrinker
     */
    public static Shrinker<Scenario> shrinker() {
        return s -> {
            List<Scenario> out = new ArrayList<>();
            List<HierarchyVersion.Entry> entries = s.version().entries();
            for (int i = entries.size() - 1; i > 0; i--) {
                String code = entries.get(i).unit().code();
                String parent = entries.get(i).parentCode();
                if (s.version().children(code).isEmpty()
                        && s.version().children(parent).size() > 1) {
                    List<HierarchyVersion.Entry> rest = new ArrayList<>(entries);
                    rest.remove(i);
                    HierarchyVersion smaller = HierarchyVersion
                            .builder(s.version().hierarchyName(), s.version().validFrom())
                            .addAll(rest).build();
                    out.add(new Scenario(smaller,
                            s.denominators().stream().filter(d -> !d.unitCode().equals(code))
                                    .toList(),
                            s.reports().stream().filter(r -> !r.unitCode().equals(code)).toList(),
                            s.start(), s.days(), s.policy()));
                }
            }
            for (int i = s.reports().size() - 1; i >= 0; i--) {
                List<Report> rest = new ArrayList<>(s.reports());
                rest.remove(i);
                out.add(s.withReports(rest));
            }
            return out;
        };
    }

    /**
     * Returns the naive reference roll-up for a scenario.
     *
     * @param s  the scenario
     * @return the oracle
     */
    public static Oracle oracle(Scenario s) {
        return new Oracle(s);
    }

    /**
     * The naive reference roll-up, written independently of the engine: recursion over the tree and
     * a scan of each unit's reports.
     */
    public static final class Oracle {
        private final Scenario s;
        private final Map<String, List<Report>> byUnit = new HashMap<>();

        Oracle(Scenario s) {
            this.s = s;
            for (Report r : s.reports()) {
                byUnit.computeIfAbsent(r.unitCode(), k -> new ArrayList<>()).add(r);
            }
        }

        /**
         * Returns a unit's own current figure on a day: the latest as-of day within the
         * carry-forward window (and not before the unit came into being), and on that day the
         * greatest revision by {@link Report#REVISION_ORDER}.
         *
         * @param unit  the unit
         * @param date  the day
         * @return the figure, or null if none
         */
        public Report effective(Unit unit, LocalDate date) {
            int window = s.policy().carryForwardDays();
            Report best = null;
            for (Report r : byUnit.getOrDefault(unit.code(), List.of())) {
                if (r.asOf().isAfter(date) || r.asOf().isBefore(date.minusDays(window))
                        || unit.validFrom().map(r.asOf()::isBefore).orElse(false)) {
                    continue;
                }
                if (best == null || r.asOf().isAfter(best.asOf())
                        || (r.asOf().equals(best.asOf())
                        && Report.REVISION_ORDER.compare(r, best) > 0)) {
                    best = r;
                }
            }
            return best;
        }

        /**
         * Returns the expected roll-up of one unit on a day, by recursion over the tree.
         *
         * @param code  the unit's code
         * @param date  the day
         * @return the expected count
         */
        public long count(String code, LocalDate date) {
            Unit unit = s.version().unit(code).orElseThrow();
            List<Unit> children = s.version().children(code);
            Report own = effective(unit, date);
            if (children.isEmpty()) {
                return own == null ? 0 : own.count();
            }
            if (s.policy().parentFigure() == RollUpPolicy.ParentFigure.OWN_FIGURE && own != null) {
                return own.count();
            }
            if (usesOwnWhenChildrenMissing(code, date)) {
                return own.count();
            }
            long sum = 0;
            for (Unit c : children) {
                sum += count(c.code(), date);
            }
            return sum;
        }

        /**
         * Tells whether, under OWN_WHEN_CHILDREN_MISSING, a parent's own figure stands for it: it
         * has a current one and nothing below has a figure (no leaf, and no parent below whose own
         * figure stands for it).
         *
         * @param code  the unit's code
         * @param date  the day
         * @return true if the own figure is used
         */
        public boolean usesOwnWhenChildrenMissing(String code, LocalDate date) {
            if (s.policy().parentFigure() != RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING
                    || s.version().children(code).isEmpty()) {
                return false;
            }
            Unit unit = s.version().unit(code).orElseThrow();
            return effective(unit, date) != null && !hasFigureBelow(code, date);
        }

        private boolean hasFigureBelow(String code, LocalDate date) {
            for (Unit c : s.version().children(code)) {
                if (s.version().children(c.code()).isEmpty() ? effective(c, date) != null
                        : usesOwnWhenChildrenMissing(c.code(), date)
                        || hasFigureBelow(c.code(), date)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Returns how many leaves under a unit have no figure on a day.
         *
         * @param code  the unit's code
         * @param date  the day
         * @return the number of missing leaves
         */
        public int missingLeaves(String code, LocalDate date) {
            int n = 0;
            for (Unit leaf : leavesUnder(s.version(), code)) {
                if (effective(leaf, date) == null) {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * Returns the leaves under a unit (the unit itself for a leaf), by recursion.
     *
     * @param v  the version
     * @param code  the unit's code
     * @return the leaves
     */
    public static List<Unit> leavesUnder(HierarchyVersion v, String code) {
        List<Unit> children = v.children(code);
        if (children.isEmpty()) {
            return List.of(v.unit(code).orElseThrow());
        }
        List<Unit> out = new ArrayList<>();
        for (Unit c : children) {
            out.addAll(leavesUnder(v, c.code()));
        }
        return out;
    }
}
