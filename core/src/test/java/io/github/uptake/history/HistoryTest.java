package io.github.uptake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.memory.InMemoryCrosswalkStore;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.problem.Problem;
import io.github.uptake.rollup.Series;
import io.github.uptake.testing.PropertyCheck;
import io.github.uptake.testing.Scenarios;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading a history as it was and re-based, across versions joined by chained crosswalks. */
class HistoryTest {
    private static final LocalDate A = LocalDate.of(2020, 6, 1);
    private static final LocalDate B = LocalDate.of(2024, 12, 1);
    private static final LocalDate C = LocalDate.of(2025, 7, 1);
    private static final LocalDate FIRST = LocalDate.of(2020, 8, 1);

    /** Three versions and the two crosswalks between them, with a series of the first. */
    record Three(Hierarchy hierarchy, Series series, Crosswalk ab, Crosswalk bc) {
    }

    private static Three three(java.util.SplittableRandom rnd) {
        HierarchyVersion a = Scenarios.tree(rnd, 25, A);
        HierarchyVersion b = CrosswalkTest.newTree(rnd, "B", B);
        HierarchyVersion c = CrosswalkTest.newTree(rnd, "C", C);
        return new Three(Hierarchy.of("territorial", List.of(a, b, c)), CrosswalkTest.series(rnd, a),
                CrosswalkTest.crosswalk(rnd, a, b, true), CrosswalkTest.crosswalk(rnd, b, c, true));
    }

    @Test
    void rebasingOntoADayFollowsTheChainOfCrosswalksAndEqualsRebasingStepByStep() {
        PropertyCheck.forAll(HistoryTest::three).check("history-rebase", t -> {
            History h = History.of(t.hierarchy(), List.of(t.bc(), t.ab()));
            RebasedSeries viaHistory = h.rebase(t.series(), C.plusDays(10));
            RebasedSeries stepByStep = RebasedSeries.of(RebasedSeries.of(t.series(), t.ab()),
                    t.bc());
            for (int d = 0; d < t.series().days(); d++) {
                LocalDate day = FIRST.plusDays(d);
                for (Unit u : viaHistory.version().units()) {
                    assertEquals(stepByStep.exact(u.code(), day), viaHistory.exact(u.code(), day));
                    assertEquals(stepByStep.count(u.code(), day), viaHistory.count(u.code(), day));
                }
                assertEquals(t.series().countAt(0, d), viaHistory.count("CR", day));
            }
        });
    }

    @Test
    void rebasingOntoItsOwnVersionChangesNothingAndEstimatesNothing() {
        PropertyCheck.forAll(HistoryTest::three).check("history-identity", t -> {
            History h = History.of(t.hierarchy(), List.of(t.ab(), t.bc()));
            RebasedSeries same = h.rebase(t.series(), A.plusDays(1));
            for (int d = 0; d < t.series().days(); d++) {
                LocalDate day = FIRST.plusDays(d);
                for (Unit u : t.series().version().units()) {
                    assertEquals(t.series().count(u.code(), day), same.count(u.code(), day));
                    assertTrue(same.estimatedShare(u.code(), day).isZero());
                }
            }
        });
    }

    @Test
    void rebasingThePartUnderOneOldUnitCarriesExactlyThatUnitsTotalOntoTheNewRoot() {
        PropertyCheck.forAll(HistoryTest::three).check("history-one-unit", t -> {
            Series s = t.series();
            HierarchyVersion a = s.version();
            Crosswalk cw = t.ab().then(t.bc());
            RebasedSeries whole = RebasedSeries.of(s, cw);
            for (Unit u : a.units()) {
                RebasedSeries part = RebasedSeries.of(s, cw, u.code());
                for (int d = 0; d < s.days(); d++) {
                    LocalDate day = FIRST.plusDays(d);
                    assertEquals(Fraction.whole(s.count(u.code(), day)), part.exact("CR", day),
                            u.code() + " on " + day);
                    for (Unit n : part.version().units()) {
                        assertTrue(part.exact(n.code(), day).compareTo(
                                whole.exact(n.code(), day)) <= 0, "a part is never more");
                    }
                }
            }
        });
    }

    /** Daily figures of any version over any days, the same for the same version and day. */
    private static Series figures(HierarchyVersion v, LocalDate from, LocalDate to) {
        io.github.uptake.rollup.DailyCounts.Builder b = io.github.uptake.rollup.DailyCounts
                .builder(v, from, to);
        for (int leaf : v.leafOrdinals()) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                b.put(leaf, d.toEpochDay(), (d.toEpochDay() * 31 + leaf * 17L) % 1_000);
            }
        }
        return io.github.uptake.rollup.RollUp.of(v, io.github.uptake.model.Segment.RESIDENTS,
                List.of(), io.github.uptake.model.TargetRules.none(),
                io.github.uptake.rollup.RollUpPolicy.defaults()).series(b.build(), from, to);
    }

    @Test
    void aRangeAcrossTwoChangesReadsAsItWasPerPeriodOrReBasedDayByDayThroughItsOwnChain() {
        PropertyCheck.forAll(HistoryTest::three).check("history-range", t -> {
            History h = History.of(t.hierarchy(), List.of(t.ab(), t.bc()));
            LocalDate from = B.minusDays(2);
            LocalDate to = C.plusDays(1);
            List<Series> asItWas = h.asItWas(HistoryTest::figures, from, to);
            assertEquals(3, asItWas.size());
            RebasedSeries rebased = h.rebase(HistoryTest::figures, from, to, C);
            assertEquals(from, rebased.from());
            assertEquals((int) (to.toEpochDay() - from.toEpochDay()) + 1, rebased.days());
            assertEquals(3, rebased.crosswalks().size());
            for (Series s : asItWas) {
                RebasedSeries alone = h.rebase(s, C);
                for (LocalDate d = s.from(); !d.isAfter(s.to()); d = d.plusDays(1)) {
                    assertEquals(s.count(s.version().root().code(), d), rebased.count("CR", d),
                            "the total of " + d + " as it was, kept");
                    for (Unit u : rebased.version().units()) {
                        assertEquals(alone.exact(u.code(), d), rebased.exact(u.code(), d));
                        assertEquals(alone.count(u.code(), d), rebased.count(u.code(), d));
                        assertEquals(alone.estimatedPart(u.code(), d),
                                rebased.estimatedPart(u.code(), d));
                    }
                }
            }
        });
    }

    @Test
    void asItWasEachDayIsReadInTheVersionValidThatDayAndNeverSeesALaterUnit() {
        PropertyCheck.forAll(HistoryTest::three).check("history-periods", t -> {
            History h = History.of(t.hierarchy(), List.of());
            LocalDate from = B.minusDays(3);
            LocalDate to = C.plusDays(2);
            List<History.Period> periods = h.periods(from, to);
            assertEquals(3, periods.size());
            LocalDate expected = from;
            for (History.Period p : periods) {
                assertEquals(expected, p.from(), "periods follow each other without gaps");
                for (LocalDate day = p.from(); !day.isAfter(p.to()); day = day.plusDays(1)) {
                    assertEquals(t.hierarchy().versionOn(day).orElseThrow(), p.version());
                    for (Unit u : p.version().units()) {
                        assertTrue(u.validFrom().isEmpty() || !u.validFrom().get().isAfter(day),
                                u.code() + " seen on " + day);
                    }
                }
                expected = p.to().plusDays(1);
            }
            assertEquals(to.plusDays(1), expected);
            assertFalse(periods.get(1).version().contains("CR"));
        });
    }

    @Test
    void withoutACrosswalkThereIsNoPathAndRebasingSaysWhy() {
        PropertyCheck.forAll(HistoryTest::three).check("history-no-path", t -> {
            History h = History.of(t.hierarchy(), List.of(t.ab()));
            HierarchyVersion c = t.hierarchy().versions().get(2);
            assertTrue(h.path(t.series().version(), c).isEmpty());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> h.rebase(t.series(), C));
            assertTrue(e.getMessage().contains("no crosswalk leads"), e.getMessage());
        });
    }

    @Test
    void aHistoryLoadsTheCrosswalksStoredForItsVersions() {
        PropertyCheck.forAll(HistoryTest::three).check("history-load", t -> {
            InMemoryCrosswalkStore store = new InMemoryCrosswalkStore();
            store.saveCrosswalk(t.ab());
            store.saveCrosswalk(t.bc());
            History h = History.load(t.hierarchy(), store);
            HierarchyVersion c = t.hierarchy().versions().get(2);
            Crosswalk path = h.path(t.series().version(), c).orElseThrow();
            Crosswalk composed = t.ab().then(t.bc());
            assertEquals(composed.pieces(), path.pieces());
            assertEquals(composed.retired(), path.retired());
        });
    }

    @Test
    void denominatorsRebaseWithTheSameRulesAndKeepTheTotal() {
        PropertyCheck.forAll(HistoryTest::three).check("history-figures", t -> {
            HierarchyVersion a = t.series().version();
            Map<String, Long> census = new HashMap<>();
            long total = 0;
            for (int leaf : a.leafOrdinals()) {
                long p = 100 + leaf * 37L;
                census.put(a.unitAt(leaf).code(), p);
                total += p;
            }
            RebasedSeries r = RebasedSeries.ofFigures(t.ab().then(t.bc()), C, census);
            assertEquals(total, r.count("CR", C));
            assertEquals(1, r.days());
            boolean someEstimated = t.ab().then(t.bc()).pieces().stream()
                    .anyMatch(p -> !p.estimated().isZero());
            assertEquals(someEstimated, !r.estimatedShare("CR", C).isZero(),
                    "every old leaf has people, so any estimated piece shows");
        });
    }

    @Test
    void aCrosswalkBackwardsOrAcrossHierarchiesIsAProblem() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        HierarchyVersion a = Scenarios.tree(rnd, 5, A);
        HierarchyVersion b = CrosswalkTest.newTree(rnd, "B", B);
        List<String> codes = Crosswalk.validate(b, a, List.of(), Set.copyOf(b.units().stream()
                .filter(u -> b.isLeafAt(b.ordinal(u.code()))).map(Unit::code).toList()), "test")
                .problems().stream().map(Problem::code).toList();
        assertEquals(List.of("crosswalk.versions"), codes);
    }
}
