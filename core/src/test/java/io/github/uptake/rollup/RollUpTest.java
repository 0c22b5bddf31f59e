package io.github.uptake.rollup;

import static io.github.uptake.testing.Scenarios.SEGMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportStore;
import io.github.uptake.testing.PropertyCheck;
import io.github.uptake.testing.Scenario;
import io.github.uptake.testing.Scenarios;
import java.util.Optional;
import java.util.OptionalLong;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties and examples of the roll-up engine, checked against a naive reference roll-up. */
class RollUpTest {
    private static final TargetRules RULES =
            TargetRules.of(TargetRule.of(SEGMENT, Threshold.SIXTY_PERCENT));
    private static final int MAX_UNITS = 60;

    static ReportStore storeOf(List<Report> reports) {
        ReportStore store = new InMemoryReportStore();
        reports.forEach(store::submit);
        return store;
    }

    static RollUp engine(Scenario s) {
        return RollUp.of(s.version(), SEGMENT, s.denominators(), RULES, s.policy());
    }

    static Snapshot snapshot(Scenario s, ReportStore store, LocalDate day) {
        return engine(s).snapshot(store.latestCounts(s.version(), SEGMENT, day,
                s.policy().carryForwardDays()));
    }

    static long[] counts(Snapshot snap) {
        long[] out = new long[snap.version().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = snap.countAt(i);
        }
        return out;
    }

    private static Scenario withDefaultPolicy(Scenario s) {
        return new Scenario(s.version(), s.denominators(), s.reports(), s.start(), s.days(),
                s.policy().withParentFigure(RollUpPolicy.ParentFigure.CHILDREN_SUM));
    }

    @Test
    void underDefaultPolicyEveryNodeCountIsTheSumOfItsLeavesEffectiveFigures() {
        PropertyCheck.forAll(Scenarios.scenarios(MAX_UNITS).andThen(RollUpTest::withDefaultPolicy))
                .shrinkWith(Scenarios.shrinker())
                .check("additivity", s -> {
                    ReportStore store = storeOf(s.reports());
                    Scenarios.Oracle oracle = Scenarios.oracle(s);
                    for (LocalDate day : s.dates()) {
                        Snapshot snap = snapshot(s, store, day);
                        for (Unit u : s.version().units()) {
                            long expected = 0;
                            int missing = 0;
                            for (Unit leaf : Scenarios.leavesUnder(s.version(), u.code())) {
                                Report r = oracle.effective(leaf, day);
                                expected += r == null ? 0 : r.count();
                                missing += r == null ? 1 : 0;
                            }
                            NodeResult node = snap.node(u.code());
                            assertEquals(expected, node.count(), () -> u.code() + " on " + day);
                            assertEquals(missing, node.missingLeaves(),
                                    () -> "missing leaves of " + u.code() + " on " + day);
                            assertEquals(missing == 0, node.complete());
                            int leaves = Scenarios.leavesUnder(s.version(), u.code()).size();
                            assertEquals(missing < leaves, node.hasFigure(),
                                    () -> "a figure of " + u.code() + " on " + day);
                        }
                    }
                });
    }

    @Test
    void everyPolicyMatchesTheReferenceRollUp() {
        PropertyCheck.forAll(Scenarios.scenarios(MAX_UNITS))
                .shrinkWith(Scenarios.shrinker())
                .check("reference", s -> {
                    ReportStore store = storeOf(s.reports());
                    Scenarios.Oracle oracle = Scenarios.oracle(s);
                    for (LocalDate day : s.dates()) {
                        Snapshot snap = snapshot(s, store, day);
                        for (Unit u : s.version().units()) {
                            assertEquals(oracle.count(u.code(), day), snap.count(u.code()),
                                    () -> u.code() + " on " + day);
                        }
                    }
                });
    }

    @Test
    void unitsOfAnyLevelThatPartitionsTheTreeSumToTheRoot() {
        PropertyCheck.forAll(Scenarios.scenarios(MAX_UNITS).andThen(RollUpTest::withDefaultPolicy))
                .shrinkWith(Scenarios.shrinker())
                .check("partition", s -> {
                    ReportStore store = storeOf(s.reports());
                    HierarchyVersion v = s.version();
                    for (LocalDate day : s.dates()) {
                        Snapshot snap = snapshot(s, store, day);
                        for (int depth = 0; depth <= v.maxDepth(); depth++) {
                            // the units at this depth, plus leaves above it, partition the leaves
                            long sum = 0;
                            for (int i = 0; i < v.size(); i++) {
                                if (v.depthAt(i) == depth
                                        || (v.depthAt(i) < depth && v.isLeafAt(i))) {
                                    sum += snap.countAt(i);
                                }
                            }
                            assertEquals(snap.countAt(0), sum, "level " + depth + " on " + day);
                        }
                    }
                });
    }

    @Test
    void reportsAppliedInAnyOrderGiveTheSameResultAndTwiceChangeNothing() {
        PropertyCheck.forAll(Scenarios.scenarios(MAX_UNITS))
                .shrinkWith(Scenarios.shrinker())
                .check("order-and-idempotence", s -> {
                    ReportStore inOrder = storeOf(s.reports());
                    List<Report> shuffled = new ArrayList<>(s.reports());
                    Scenarios.shuffle(new SplittableRandom(shuffled.size()), shuffled);
                    ReportStore reordered = storeOf(shuffled);
                    ReportStore twice = storeOf(s.reports());
                    for (SubmitResult r : twice.submitAll(s.reports())) {
                        assertEquals(SubmitOutcome.UNCHANGED, r.outcome(), r.key().toString());
                    }
                    for (LocalDate day : s.dates()) {
                        long[] expected = counts(snapshot(s, inOrder, day));
                        assertTrue(java.util.Arrays.equals(expected,
                                counts(snapshot(s, reordered, day))), "shuffled, " + day);
                        assertTrue(java.util.Arrays.equals(expected,
                                counts(snapshot(s, twice, day))), "applied twice, " + day);
                    }
                });
    }

    /**
     * Under OWN_WHEN_CHILDREN_MISSING a leaf that gets its first figure can hand its parent back
     * from its own figure to its children's sum, which may be lower: that policy is monotone only
     * for leaves that already had a figure ({@link #raisingALeafThatHadAFigureNeverLowersAnAncestor
     * UnderOwnWhenChildrenMissing}).
     */
    private static Scenario withoutOwnWhenMissing(Scenario s) {
        return s.policy().parentFigure() != RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING ? s
                : new Scenario(s.version(), s.denominators(), s.reports(), s.start(), s.days(),
                s.policy().withParentFigure(RollUpPolicy.ParentFigure.CHILDREN_SUM));
    }

    @Test
    void raisingOneLeafsCountNeverLowersAnyAncestorsCount() {
        PropertyCheck.forAll(Scenarios.scenarios(MAX_UNITS)
                        .andThen(RollUpTest::withoutOwnWhenMissing))
                .shrinkWith(Scenarios.shrinker())
                .check("monotonicity", s -> {
                    ReportStore store = storeOf(s.reports());
                    SplittableRandom rnd = new SplittableRandom(s.reports().size() * 31L + s.days());
                    LocalDate day = s.start().plusDays(rnd.nextInt(s.days()));
                    int[] leaves = s.version().leafOrdinals();
                    int leaf = leaves[rnd.nextInt(leaves.length)];
                    Snapshot before = snapshot(s, store, day);
                    Unit unit = s.version().unitAt(leaf);
                    store.submit(Report.of(unit.code(), SEGMENT, day,
                            before.countAt(leaf) + 1 + rnd.nextInt(1000),
                            Instant.parse("2030-01-01T00:00:00Z"), "raiser", null));
                    Snapshot after = snapshot(s, store, day);
                    assertTrue(after.countAt(leaf) > before.countAt(leaf), "the leaf rose");
                    for (int a = s.version().parentOrdinal(leaf); a >= 0;
                         a = s.version().parentOrdinal(a)) {
                        assertTrue(after.countAt(a) >= before.countAt(a),
                                "ancestor " + s.version().unitAt(a).code() + " fell");
                    }
                });
    }

    @Test
    void seriesGivesTheSnapshotOfEveryDay() {
        PropertyCheck.forAll(Scenarios.scenarios(MAX_UNITS))
                .shrinkWith(Scenarios.shrinker())
                .check("series-equals-snapshots", s -> {
                    ReportStore store = storeOf(s.reports());
                    int w = s.policy().carryForwardDays();
                    DailyCounts daily = store.dailyCounts(s.version(), SEGMENT,
                            s.start().minusDays(w), s.end());
                    Series series = engine(s).series(daily, s.start(), s.end());
                    for (LocalDate day : s.dates()) {
                        Snapshot snap = snapshot(s, store, day);
                        for (Unit u : s.version().units()) {
                            NodeResult n = snap.node(u.code());
                            assertEquals(n.count(), series.count(u.code(), day),
                                    () -> "count of " + u.code() + " on " + day);
                            assertEquals(n.missingLeaves(), series.missingLeaves(u.code(), day),
                                    () -> "missing under " + u.code() + " on " + day);
                            assertEquals(n.staleLeaves(), series.staleLeaves(u.code(), day),
                                    () -> "stale under " + u.code() + " on " + day);
                        }
                    }
                });
    }

    /** A generated case of the carry-forward boundary property. */
    record BoundaryCase(HierarchyVersion version, int window, String leaf, LocalDate asOf,
                        long count) {
    }

    /** A generated case of the version isolation property: a scenario and reports that must not leak. */
    record IsolationCase(Scenario scenario, List<Report> leaking) {
    }

    @Test
    void carryForwardWindowIsRespectedExactlyAtItsBoundary() {
        PropertyCheck.forAll(rnd -> {
            HierarchyVersion v = Scenarios.tree(rnd, 30, LocalDate.of(2020, 1, 1));
            int window = rnd.nextInt(11);
            int[] leaves = v.leafOrdinals();
            String leaf = v.unitAt(leaves[rnd.nextInt(leaves.length)]).code();
            LocalDate asOf = LocalDate.of(2020, 8, 1).plusDays(rnd.nextInt(60));
            long count = 1 + rnd.nextInt(100_000);
            return new BoundaryCase(v, window, leaf, asOf, count);
        }).check("carry-forward-boundary", c -> {
            HierarchyVersion v = c.version();
            int window = c.window();
            String leaf = c.leaf();
            LocalDate asOf = c.asOf();
            long count = c.count();
            ReportStore store = storeOf(List.of(Report.of(leaf, SEGMENT, asOf, count,
                    Instant.parse("2020-08-01T09:00:00Z"), "clerk", null)));
            RollUp engine = RollUp.of(v, SEGMENT, List.of(), RULES,
                    RollUpPolicy.defaults().withCarryForwardDays(window));
            NodeResult last = engine.snapshot(store.latestCounts(v, SEGMENT,
                    asOf.plusDays(window), window)).node(leaf);
            assertEquals(count, last.count(), "counted on the last day of the window");
            assertEquals(window == 0 ? 1 : 0, last.freshLeaves());
            assertEquals(window == 0 ? 0 : 1, last.staleLeaves());
            NodeResult after = engine.snapshot(store.latestCounts(v, SEGMENT,
                    asOf.plusDays(window + 1L), window)).node(leaf);
            assertEquals(0, after.count(), "not counted the day after the window");
            assertEquals(1, after.missingLeaves());
            NodeResult lookedFurther = engine.snapshot(store.latestCounts(v, SEGMENT,
                    asOf.plusDays(window + 1L), window + 5)).node(leaf);
            assertEquals(0, lookedFurther.count(),
                    "the engine keeps its window even when older figures are loaded");
            assertEquals(1, lookedFurther.missingLeaves());
            NodeResult before = engine.snapshot(store.latestCounts(v, SEGMENT,
                    asOf.minusDays(1), window)).node(leaf);
            assertEquals(1, before.missingLeaves(), "nothing before the as-of day");
            assertEquals(count, engine.snapshot(store.latestCounts(v, SEGMENT, asOf, window))
                    .root().count(), "the root counts it on its day");
        });
    }

    @Test
    void aVersionNeverSeesReportsOfUnitsOutsideItNorOfAReusedCodesEarlierUnit() {
        PropertyCheck.forAll(rnd -> {
            Scenario s = Scenarios.scenarios(MAX_UNITS).generate(rnd);
            LocalDate switchDay = s.start();
            // a later version: some leaves are new units that reuse an old code
            HierarchyVersion.Builder b = HierarchyVersion.builder("territorial", switchDay);
            Set<String> reused = new HashSet<>();
            for (HierarchyVersion.Entry e : s.version().entries()) {
                Unit u = e.unit();
                boolean leaf = s.version().children(u.code()).isEmpty();
                if (leaf && e.parentCode() != null && rnd.nextInt(3) == 0) {
                    u = u.withValidity(switchDay, null);
                    reused.add(u.code());
                }
                b.add(u, e.parentCode());
            }
            HierarchyVersion later = b.build();
            List<Report> leaking = new ArrayList<>();
            int w = s.policy().carryForwardDays();
            for (String code : reused) {
                for (int d = 1; d <= w + 2; d++) {
                    leaking.add(Report.of(code, SEGMENT, switchDay.minusDays(d), 9_000_000L + d,
                            Instant.parse("2021-01-01T00:00:00Z"), "old-unit", null));
                }
            }
            for (int k = 0; k < 5; k++) {
                leaking.add(Report.of("ZZ-" + k, SEGMENT, switchDay.plusDays(rnd.nextInt(s.days())),
                        7_000_000L, Instant.parse("2021-01-01T00:00:00Z"), "outsider", null));
            }
            List<Report> clean = s.reports().stream()
                    .filter(r -> !(reused.contains(r.unitCode()) && r.asOf().isBefore(switchDay)))
                    .toList();
            return new IsolationCase(new Scenario(later, s.denominators(), clean, s.start(),
                    s.days(), s.policy()), leaking);
        }).check("version-isolation", c -> {
            Scenario s = c.scenario();
            List<Report> leaking = c.leaking();
            List<Report> all = new ArrayList<>(s.reports());
            all.addAll(leaking);
            ReportStore cleanStore = storeOf(s.reports());
            ReportStore leakyStore = storeOf(all);
            for (LocalDate day : s.dates()) {
                assertTrue(java.util.Arrays.equals(counts(snapshot(s, cleanStore, day)),
                        counts(snapshot(s, leakyStore, day))), "on " + day);
            }
            int w = s.policy().carryForwardDays();
            DailyCounts daily = leakyStore.dailyCounts(s.version(), SEGMENT,
                    s.start().minusDays(w), s.end());
            Series series = engine(s).series(daily, s.start(), s.end());
            for (LocalDate day : s.dates()) {
                assertEquals(snapshot(s, cleanStore, day).root().count(),
                        series.count(s.version().root().code(), day), "series on " + day);
            }
        });
    }

    // ---- examples -------------------------------------------------------------------------

    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant SENT = Instant.parse("2020-08-15T08:00:00Z");

    private static HierarchyVersion smallTree() {
        return HierarchyVersion.builder("territorial", LocalDate.of(2020, 1, 1))
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"))
                .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80")
                .add(Unit.of("795", UnitKind.DISTRICT, "Thị xã Kiến Tường"), "80")
                .add(Unit.of("27685", UnitKind.COMMUNE, "Phường 5"), "794")
                .add(Unit.of("27688", UnitKind.COMMUNE, "Phường 2"), "794")
                .build();
    }

    private static Report report(String code, LocalDate day, long count) {
        return Report.of(code, SEGMENT, day, count, SENT, "clerk", null);
    }

    @Test
    void parentsOwnFigureIsKeptForComparisonByDefaultAndUsedUnderOwnFigurePolicy() {
        HierarchyVersion v = smallTree();
        ReportStore store = storeOf(List.of(report("27685", DAY, 100), report("27688", DAY, 50),
                report("795", DAY, 10), report("794", DAY, 170)));
        LatestCounts latest = store.latestCounts(v, SEGMENT, DAY, 3);
        NodeResult byDefault = RollUp.of(v, SEGMENT, List.of(), RULES, RollUpPolicy.defaults())
                .snapshot(latest).node("794");
        assertEquals(150, byDefault.count());
        assertEquals(OptionalLong.of(170), byDefault.ownFigure());
        assertEquals(OptionalLong.of(150), byDefault.childrenSum());
        Snapshot own = RollUp.of(v, SEGMENT, List.of(), RULES,
                RollUpPolicy.defaults().withParentFigure(RollUpPolicy.ParentFigure.OWN_FIGURE))
                .snapshot(latest);
        assertEquals(170, own.count("794"));
        assertEquals(180, own.count("80"));
    }

    @Test
    void districtsThatSendOnlyTheirOwnTotalsAreUsedWhenTheirCommunesHaveStopped() {
        HierarchyVersion v = smallTree();
        LocalDate later = DAY.plusDays(10);
        ReportStore store = storeOf(List.of(report("27685", DAY, 100), report("27688", DAY, 50),
                report("794", later, 170), report("795", later, 40)));
        LatestCounts latest = store.latestCounts(v, SEGMENT, later, 3);
        Snapshot byDefault = RollUp.of(v, SEGMENT, List.of(), RULES, RollUpPolicy.defaults())
                .snapshot(latest);
        // 795 has no communes in this tree: a leaf whose figure simply counts
        assertEquals(40, byDefault.count("80"), "the default sets 794's own figure aside");
        assertEquals(2, byDefault.root().missingLeaves());
        assertEquals(List.of("794"), byDefault.ownFigures().stream()
                .map(NodeResult::code).toList(), "and says which");
        assertTrue(byDefault.ownFigures().stream()
                .allMatch(n -> n.ownFigureUse() == OwnFigureUse.SET_ASIDE));
        Snapshot own = RollUp.of(v, SEGMENT, List.of(), RULES, RollUpPolicy.defaults()
                        .withParentFigure(RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING))
                .snapshot(latest);
        assertEquals(210, own.count("80"));
        assertEquals(OwnFigureUse.USED, own.node("794").ownFigureUse());
        assertEquals(2, own.node("794").missingLeaves(), "its own communes are still missing");
        assertEquals(0, own.root().missingLeaves(), "but the province is covered");
        assertEquals(OwnFigureUse.NONE, own.root().ownFigureUse());
        Series series = RollUp.of(v, SEGMENT, List.of(), RULES, RollUpPolicy.defaults()
                        .withParentFigure(RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING))
                .series(store.dailyCounts(v, SEGMENT, DAY.minusDays(3), later), DAY, later);
        assertEquals(210, series.count("80", later));
        assertEquals(150, series.count("80", DAY), "while the communes report, theirs count");
        assertEquals(170, series.count("794", later));
    }

    @Test
    void aDistrictsOwnTotalIsSetAsideWhileAnyOfItsCommunesHasAFigure() {
        HierarchyVersion v = smallTree();
        ReportStore store = storeOf(List.of(report("27685", DAY, 100), report("794", DAY, 170)));
        Snapshot snap = RollUp.of(v, SEGMENT, List.of(), RULES, RollUpPolicy.defaults()
                        .withParentFigure(RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING))
                .snapshot(store.latestCounts(v, SEGMENT, DAY, 3));
        assertEquals(100, snap.count("794"));
        assertEquals(OwnFigureUse.SET_ASIDE, snap.node("794").ownFigureUse());
        assertEquals(2, snap.root().missingLeaves(), "27688 and 795");
    }

    @Test
    void raisingALeafThatHadAFigureNeverLowersAnAncestorUnderOwnWhenChildrenMissing() {
        PropertyCheck.forAll(Scenarios.scenarios(MAX_UNITS).andThen(s -> new Scenario(
                        s.version(), s.denominators(), s.reports(), s.start(), s.days(),
                        s.policy().withParentFigure(
                                RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING))))
                .shrinkWith(Scenarios.shrinker())
                .check("own-when-missing monotonicity", s -> {
                    ReportStore store = storeOf(s.reports());
                    Scenarios.Oracle oracle = Scenarios.oracle(s);
                    SplittableRandom rnd = new SplittableRandom(s.reports().size() * 17L + s.days());
                    LocalDate day = s.start().plusDays(rnd.nextInt(s.days()));
                    int[] leaves = s.version().leafOrdinals();
                    int leaf = leaves[rnd.nextInt(leaves.length)];
                    Unit unit = s.version().unitAt(leaf);
                    if (oracle.effective(unit, day) == null) {
                        return; // a first figure may hand a parent back to its children's sum
                    }
                    Snapshot before = snapshot(s, store, day);
                    store.submit(Report.of(unit.code(), SEGMENT, day,
                            before.countAt(leaf) + 1 + rnd.nextInt(1000),
                            Instant.parse("2030-01-01T00:00:00Z"), "raiser", null));
                    Snapshot after = snapshot(s, store, day);
                    for (int a = s.version().parentOrdinal(leaf); a >= 0;
                         a = s.version().parentOrdinal(a)) {
                        assertTrue(after.countAt(a) >= before.countAt(a),
                                "ancestor " + s.version().unitAt(a).code() + " fell");
                    }
                });
    }

    @Test
    void underOwnWhenChildrenMissingOnlyLeavesNoOwnFigureCoversAreMissingAbove() {
        PropertyCheck.forAll(Scenarios.scenarios(MAX_UNITS).andThen(s -> new Scenario(
                        s.version(), s.denominators(), s.reports(), s.start(), s.days(),
                        s.policy().withParentFigure(
                                RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING))))
                .shrinkWith(Scenarios.shrinker())
                .check("covered leaves", s -> {
                    ReportStore store = storeOf(s.reports());
                    Scenarios.Oracle oracle = Scenarios.oracle(s);
                    HierarchyVersion v = s.version();
                    for (LocalDate day : s.dates()) {
                        Snapshot snap = snapshot(s, store, day);
                        for (Unit u : v.units()) {
                            if (v.children(u.code()).isEmpty()) {
                                continue;
                            }
                            int expected = 0;
                            for (Unit c : v.children(u.code())) {
                                expected += passedMissing(oracle, v, c, day);
                            }
                            NodeResult n = snap.node(u.code());
                            assertEquals(expected, n.missingLeaves(), () -> u.code() + " " + day);
                            assertEquals(oracle.usesOwnWhenChildrenMissing(u.code(), day),
                                    n.ownFigureUse() == OwnFigureUse.USED, u.code() + " " + day);
                        }
                    }
                });
    }

    /** The missing leaves a unit passes up: none if its own figure stands for it. */
    private static int passedMissing(Scenarios.Oracle oracle, HierarchyVersion v, Unit u,
                                     LocalDate day) {
        if (v.children(u.code()).isEmpty()) {
            return oracle.effective(u, day) == null ? 1 : 0;
        }
        if (oracle.usesOwnWhenChildrenMissing(u.code(), day)) {
            return 0;
        }
        int n = 0;
        for (Unit c : v.children(u.code())) {
            n += passedMissing(oracle, v, c, day);
        }
        return n;
    }

    @Test
    void aUnitWithoutDenominatorLeavesItsAncestorsAPartialRateAndAFindingNamingIt() {
        HierarchyVersion v = smallTree();
        LocalDate census = LocalDate.of(2019, 4, 1);
        List<Denominator> dens = List.of(
                new Denominator("27685", SEGMENT, 300, "census-2019", census),
                new Denominator("27688", SEGMENT, 200, "census-2019", census));
        ReportStore store = storeOf(List.of(report("27685", DAY, 100), report("27688", DAY, 50),
                report("795", DAY, 10)));
        RollUp engine = RollUp.of(v, SEGMENT, dens, RULES, RollUpPolicy.defaults());
        Snapshot snap = engine.snapshot(store.latestCounts(v, SEGMENT, DAY, 3));
        NodeResult province = snap.root();
        assertEquals(TargetStatus.NO_DENOMINATOR, province.status(), "no full denominator");
        assertEquals(new PartialRate(150, 500, 1), province.partial().orElseThrow(),
                "the rate over 794's communes, 795 left out");
        assertEquals(160, province.count(), "the count is still every unit's");
        assertTrue(snap.node("794").partial().isEmpty(), "794 has its full sum");
        assertEquals(500, snap.node("794").denominator().orElseThrow().count());
        assertEquals(List.of("denominator.partial"), engine.denominatorFindings().stream()
                .map(f -> f.checkId()).toList());
        assertTrue(engine.denominatorFindings().get(0).messageEn().contains("795 Thị xã Kiến"
                + " Tường"), engine.denominatorFindings().get(0).messageEn());
        assertEquals("80", engine.denominatorFindings().get(0).unitCode());
    }

    @Test
    void declaredDenominatorWinsByDefaultAndDisagreementBeyondToleranceIsAFinding() {
        HierarchyVersion v = smallTree();
        LocalDate census = LocalDate.of(2019, 4, 1);
        List<Denominator> dens = List.of(
                new Denominator("80", SEGMENT, 1000, "province-estimate", LocalDate.of(2020, 1, 1)),
                new Denominator("794", SEGMENT, 500, "census-2019", census),
                new Denominator("795", SEGMENT, 400, "census-2019", census),
                new Denominator("27685", SEGMENT, 300, "census-2019", census),
                new Denominator("27688", SEGMENT, 201, "census-2019", census));
        RollUp declared = RollUp.of(v, SEGMENT, dens, RULES, RollUpPolicy.defaults());
        assertEquals(1000, declared.denominatorAt(0).count());
        assertEquals(ResolvedDenominator.Origin.DECLARED, declared.denominatorAt(0).origin());
        assertEquals(OptionalLong.of(900), declared.denominatorAt(0).childrenSum());
        // 80: |1000 - 900| > 1% of 1000; 794: |500 - 501| = 1 <= 5, within tolerance
        assertEquals(List.of("80"), declared.denominatorFindings().stream()
                .map(f -> f.unitCode()).toList());
        RollUp summed = RollUp.of(v, SEGMENT, dens, RULES, RollUpPolicy.defaults()
                .withDenominatorChoice(RollUpPolicy.DenominatorChoice.CHILDREN_SUM_FIRST));
        assertEquals(901, summed.denominatorAt(0).count());
        assertEquals("sum-of-children", summed.denominatorAt(0).source());
    }

    @Test
    void aChildWithoutDenominatorLeavesNoChildrenSum() {
        HierarchyVersion v = smallTree();
        RollUp r = RollUp.of(v, SEGMENT, List.of(new Denominator("794", SEGMENT, 500, "census-2019",
                LocalDate.of(2019, 4, 1))), RULES, RollUpPolicy.defaults());
        assertNull(r.denominatorAt(0), "795 has none, so the province has no sum");
        assertEquals(500, r.denominatorAt(v.ordinal("794")).count());
    }

    @Test
    void statusAndGapFollowTheTargetRule() {
        HierarchyVersion v = smallTree();
        List<Denominator> dens = List.of(new Denominator("27685", SEGMENT, 1000, "census-2019",
                LocalDate.of(2019, 4, 1)));
        ReportStore store = storeOf(List.of(report("27685", DAY, 599), report("27688", DAY, 5)));
        Snapshot snap = RollUp.of(v, SEGMENT, dens, RULES, RollUpPolicy.defaults())
                .snapshot(store.latestCounts(v, SEGMENT, DAY, 3));
        assertEquals(TargetStatus.NOT_MET, snap.node("27685").status());
        assertEquals(1, snap.node("27685").gap());
        assertEquals(TargetStatus.NO_DENOMINATOR, snap.node("27688").status());
        Snapshot counted = RollUp.of(v, SEGMENT, dens, TargetRules.none(), RollUpPolicy.defaults())
                .snapshot(store.latestCounts(v, SEGMENT, DAY, 3));
        assertEquals(TargetStatus.NO_TARGET, counted.node("27685").status());
        store.submit(Report.of("27685", SEGMENT, DAY, 600, SENT.plusSeconds(60), "clerk", null));
        Snapshot met = RollUp.of(v, SEGMENT, dens, RULES, RollUpPolicy.defaults())
                .snapshot(store.latestCounts(v, SEGMENT, DAY, 3));
        assertEquals(TargetStatus.MET, met.node("27685").status());
        assertEquals(0, met.node("27685").gap());
    }

    @Test
    void figuresOfAnotherVersionAreRefused() {
        HierarchyVersion v = smallTree();
        HierarchyVersion other = HierarchyVersion.builder("territorial", LocalDate.of(2025, 7, 1))
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Tây Ninh")).build();
        RollUp r = RollUp.of(v, SEGMENT, List.of(), RULES, RollUpPolicy.defaults());
        assertThrows(IllegalArgumentException.class,
                () -> r.snapshot(LatestCounts.builder(other, DAY).build()));
        DailyCounts daily = DailyCounts.builder(v, DAY, DAY).build();
        assertThrows(IllegalArgumentException.class,
                () -> r.series(daily, DAY.minusDays(1), DAY));
    }
}
