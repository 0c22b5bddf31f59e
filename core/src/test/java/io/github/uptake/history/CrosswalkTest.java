package io.github.uptake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Problem;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import io.github.uptake.testing.PropertyCheck;
import io.github.uptake.testing.Scenarios;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Crosswalks and re-basing: validation, and the properties of issue 7 on generated trees. */
class CrosswalkTest {
    private static final LocalDate OLD = LocalDate.of(2020, 6, 1);
    private static final LocalDate NEW = LocalDate.of(2025, 7, 1);
    private static final LocalDate FIRST = LocalDate.of(2020, 8, 1);
    private static final int DAYS = 5;

    /** A new two-level tree of the given prefix: a root, groups, leaves. */
    static HierarchyVersion newTree(SplittableRandom rnd, String prefix, LocalDate from) {
        HierarchyVersion.Builder b = HierarchyVersion.builder("territorial", from)
                .root(Unit.of(prefix + "R", UnitKind.PROVINCE, "Gốc").withValidity(from, null));
        int groups = 1 + rnd.nextInt(3);
        int leaf = 0;
        for (int g = 0; g < groups; g++) {
            b.add(Unit.of(prefix + "G" + g, UnitKind.DISTRICT, "Nhóm " + g).withValidity(from,
                    null), prefix + "R");
            int leaves = 1 + rnd.nextInt(6);
            for (int l = 0; l < leaves; l++) {
                b.add(Unit.of(prefix + "L" + leaf, UnitKind.COMMUNE, "Xã " + leaf)
                        .withValidity(from, null), prefix + "G" + g);
                leaf++;
            }
        }
        return b.build();
    }

    /** A crosswalk mapping every leaf of one version onto the other: full merges, some splits. */
    static Crosswalk crosswalk(SplittableRandom rnd, HierarchyVersion from, HierarchyVersion to,
                               boolean splits) {
        int[] targets = to.leafOrdinals();
        List<Crosswalk.Piece> pieces = new ArrayList<>();
        for (int leaf : from.leafOrdinals()) {
            String code = from.unitAt(leaf).code();
            if (!splits || targets.length < 2 || rnd.nextInt(10) < 6) {
                pieces.add(Crosswalk.Piece.full(code, to.unitAt(targets[rnd.nextInt(
                        targets.length)]).code()));
                continue;
            }
            int k = 2 + rnd.nextInt(Math.min(2, targets.length - 1));
            List<Integer> chosen = new ArrayList<>();
            while (chosen.size() < k) {
                int t = targets[rnd.nextInt(targets.length)];
                if (!chosen.contains(t)) {
                    chosen.add(t);
                }
            }
            long[] w = new long[k];
            long total = 0;
            for (int i = 0; i < k; i++) {
                w[i] = 1 + rnd.nextInt(9);
                total += w[i];
            }
            for (int i = 0; i < k; i++) {
                pieces.add(Crosswalk.Piece.partial(code, to.unitAt(chosen.get(i)).code(),
                        Fraction.of(w[i], total)));
            }
        }
        return Crosswalk.validate(from, to, pieces, Set.of(), "generated").value();
    }

    static Series series(SplittableRandom rnd, HierarchyVersion v) {
        DailyCounts.Builder b = DailyCounts.builder(v, FIRST, FIRST.plusDays(DAYS - 1L));
        for (int leaf : v.leafOrdinals()) {
            long c = rnd.nextInt(1000);
            for (int d = 0; d < DAYS; d++) {
                c += rnd.nextInt(100);
                b.put(leaf, FIRST.toEpochDay() + d, c);
            }
        }
        return RollUp.of(v, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults()).series(b.build(), FIRST, FIRST.plusDays(DAYS - 1L));
    }

    /** A series whose leaves report every day, never, or now and then (gaps beyond the window). */
    static Series seriesWithGaps(SplittableRandom rnd, HierarchyVersion v) {
        DailyCounts.Builder b = DailyCounts.builder(v, FIRST, FIRST.plusDays(DAYS - 1L));
        for (int leaf : v.leafOrdinals()) {
            int mode = rnd.nextInt(3);
            long c = rnd.nextInt(1000);
            for (int d = 0; d < DAYS; d++) {
                c += rnd.nextInt(100);
                if (mode == 0 || mode == 2 && rnd.nextInt(6) == 0) {
                    b.put(leaf, FIRST.toEpochDay() + d, c);
                }
            }
        }
        return RollUp.of(v, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults()).series(b.build(), FIRST, FIRST.plusDays(DAYS - 1L));
    }

    @Test
    void aNewUnitHasAFigureExactlyWhenAnOldLeafWithAFigureWentIntoIt() {
        PropertyCheck.forAll(rnd -> {
            HierarchyVersion old = Scenarios.tree(rnd, 30, OLD);
            return new Case(seriesWithGaps(rnd, old), crosswalk(rnd, old, newTree(rnd, "N", NEW),
                    rnd.nextBoolean()));
        }).check("rebase-has-figure", c -> {
            RebasedSeries r = RebasedSeries.of(c.old(), c.crosswalk());
            RebasedSeries twice = RebasedSeries.of(r, Crosswalk.identity(r.version()));
            HierarchyVersion before = c.old().version();
            HierarchyVersion v = r.version();
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = FIRST.plusDays(d);
                for (int i = 0; i < v.size(); i++) {
                    boolean expected = false;
                    for (int leaf : before.leafOrdinals()) {
                        if (!c.old().leafHasFigureAt(leaf, d)) {
                            continue;
                        }
                        for (Crosswalk.Piece p : c.crosswalk().pieces(before.unitAt(leaf)
                                .code())) {
                            int to = v.ordinal(p.newCode());
                            expected |= to >= i && to < v.subtreeEnd(i);
                        }
                    }
                    String code = v.unitAt(i).code();
                    assertEquals(expected, r.hasFigure(code, day), code + " on " + day);
                    assertEquals(expected, twice.hasFigure(code, day), "kept through a second"
                            + " crosswalk");
                    if (!expected) {
                        assertEquals(0, r.count(code, day), "no figure counts 0");
                    }
                }
            }
        });
    }

    /** A generated case: a series of an old tree and a crosswalk onto a new one. */
    record Case(Series old, Crosswalk crosswalk) {
    }

    static Case generate(SplittableRandom rnd, boolean splits) {
        HierarchyVersion old = Scenarios.tree(rnd, 30, OLD);
        return new Case(series(rnd, old), crosswalk(rnd, old, newTree(rnd, "N", NEW), splits));
    }

    @Test
    void rebasingKeepsEveryDaysTotalToThePersonAndEveryParentIsTheSumOfItsChildren() {
        PropertyCheck.forAll(rnd -> generate(rnd, true)).check("rebase-totals", c -> {
            RebasedSeries r = RebasedSeries.of(c.old(), c.crosswalk());
            HierarchyVersion v = r.version();
            long[] shown = r.shownValues();
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = FIRST.plusDays(d);
                long oldTotal = c.old().countAt(0, d);
                assertEquals(Fraction.whole(oldTotal), r.exact(v.root().code(), day));
                assertEquals(oldTotal, r.count(v.root().code(), day));
                for (int i = 0; i < v.size(); i++) {
                    if (v.isLeafAt(i)) {
                        continue;
                    }
                    long sum = 0;
                    for (Unit u : v.children(v.unitAt(i).code())) {
                        sum += shown[v.ordinal(u.code()) * DAYS + d];
                    }
                    assertEquals(shown[i * DAYS + d], sum, v.unitAt(i).code() + " on " + day);
                    assertTrue(Math.abs(BigInteger.valueOf(shown[i * DAYS + d])
                            .subtract(r.exact(v.unitAt(i).code(), day).floor()).longValue()) <= 1,
                            "shown within one of exact");
                }
            }
        });
    }

    @Test
    void theFastPathOfLongsGivesExactlyWhatFractionsGive() {
        PropertyCheck.forAll(rnd -> generate(rnd, true)).check("rebase-fast-path", c -> {
            RebasedSeries fast = RebasedSeries.of(c.old(), c.crosswalk());
            RebasedSeries exact = RebasedSeries.ofExactly(c.old(), c.crosswalk());
            assertTrue(fast.scaled());
            assertFalse(exact.scaled());
            assertEquals(java.util.Arrays.toString(exact.shownValues()),
                    java.util.Arrays.toString(fast.shownValues()));
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = FIRST.plusDays(d);
                for (Unit u : fast.version().units()) {
                    assertEquals(exact.exact(u.code(), day), fast.exact(u.code(), day));
                    assertEquals(exact.estimatedPart(u.code(), day),
                            fast.estimatedPart(u.code(), day));
                    assertEquals(exact.estimatedShare(u.code(), day),
                            fast.estimatedShare(u.code(), day));
                }
            }
        });
    }

    @Test
    void weightsTooFineForLongsFallBackToFractionsAndKeepTheTotal() {
        PropertyCheck.forAll(rnd -> generate(rnd, false)).check("rebase-fallback", c -> {
            HierarchyVersion from = c.crosswalk().from();
            HierarchyVersion to = c.crosswalk().to();
            List<Crosswalk.Piece> pieces = new ArrayList<>();
            Fraction odd = Fraction.of(BigInteger.TEN.pow(20).add(BigInteger.ONE),
                    BigInteger.TEN.pow(21));
            int[] targets = to.leafOrdinals();
            for (int leaf : from.leafOrdinals()) {
                String code = from.unitAt(leaf).code();
                if (targets.length > 1) {
                    pieces.add(Crosswalk.Piece.partial(code, to.unitAt(targets[0]).code(), odd));
                    pieces.add(Crosswalk.Piece.partial(code, to.unitAt(targets[1]).code(),
                            Fraction.ONE.minus(odd)));
                } else {
                    pieces.add(Crosswalk.Piece.full(code, to.unitAt(targets[0]).code()));
                }
            }
            Crosswalk fine = Crosswalk.validate(from, to, pieces, Set.of(), "fine").value();
            RebasedSeries r = RebasedSeries.of(c.old(), fine);
            assertEquals(targets.length < 2, r.scaled(), "the fast path only when it fits");
            for (int d = 0; d < DAYS; d++) {
                assertEquals(c.old().countAt(0, d), r.count(to.root().code(), FIRST.plusDays(d)));
            }
        });
    }

    @Test
    void aCrosswalkOfFullMergesOnlyRebasesExactly() {
        PropertyCheck.forAll(rnd -> generate(rnd, false)).check("rebase-full-merges", c -> {
            assertTrue(c.crosswalk().onlyFullMerges());
            RebasedSeries r = RebasedSeries.of(c.old(), c.crosswalk());
            HierarchyVersion before = c.crosswalk().from();
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = FIRST.plusDays(d);
                for (Unit u : r.version().units()) {
                    assertEquals(Fraction.ZERO, r.estimatedShare(u.code(), day));
                    assertEquals(Fraction.whole(r.count(u.code(), day)), r.exact(u.code(), day));
                }
                for (int leaf : before.leafOrdinals()) {
                    assertEquals(1, c.crosswalk().pieces(before.unitAt(leaf).code()).size());
                }
            }
        });
    }

    /** A generated chain: a series of A, crosswalks A to B and B to C. */
    record Chain(Series a, Crosswalk ab, Crosswalk bc) {
    }

    @Test
    void rebasingTwiceThroughChainedCrosswalksEqualsRebasingOnceThroughTheirComposition() {
        PropertyCheck.forAll(rnd -> {
            HierarchyVersion a = Scenarios.tree(rnd, 25, OLD);
            HierarchyVersion b = newTree(rnd, "B", LocalDate.of(2023, 1, 1));
            HierarchyVersion c = newTree(rnd, "C", NEW);
            return new Chain(series(rnd, a), crosswalk(rnd, a, b, true), crosswalk(rnd, b, c, true));
        }).check("rebase-chain", ch -> {
            RebasedSeries twice = RebasedSeries.of(RebasedSeries.of(ch.a(), ch.ab()), ch.bc());
            RebasedSeries once = RebasedSeries.of(ch.a(), ch.ab().then(ch.bc()));
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = FIRST.plusDays(d);
                for (Unit u : once.version().units()) {
                    assertEquals(once.exact(u.code(), day), twice.exact(u.code(), day));
                    assertEquals(once.estimatedPart(u.code(), day),
                            twice.estimatedPart(u.code(), day));
                    assertEquals(once.count(u.code(), day), twice.count(u.code(), day));
                }
            }
        });
    }

    @Test
    void readingADateBeforeTheChangeNeverSeesAUnitThatOnlyExistsAfterIt() {
        PropertyCheck.forAll(rnd -> Hierarchy.of("territorial", List.of(
                Scenarios.tree(rnd, 20, OLD), newTree(rnd, "N", NEW)))).check("no-future-units",
                h -> {
                    for (LocalDate day = OLD; day.isBefore(NEW.plusDays(3));
                         day = day.plusDays(200)) {
                        LocalDate seen = day;
                        h.versionOn(day).ifPresent(v -> {
                            for (Unit u : v.units()) {
                                assertTrue(u.validFrom().map(f -> !f.isAfter(seen)).orElse(true),
                                        u.code() + " seen on " + seen);
                            }
                        });
                    }
                    assertFalse(h.versionOn(NEW.minusDays(1)).orElseThrow().contains("NR"));
                });
    }

    @Test
    void everyStructuralMistakeIsAProblem() {
        HierarchyVersion old = HierarchyVersion.builder("territorial", OLD)
                .root(Unit.of("80", UnitKind.PROVINCE, "Long An"))
                .add(Unit.of("27685", UnitKind.COMMUNE, "Phường 5"), "80")
                .add(Unit.of("27688", UnitKind.COMMUNE, "Phường 2"), "80")
                .add(Unit.of("27691", UnitKind.COMMUNE, "Phường 4"), "80")
                .add(Unit.of("27694", UnitKind.COMMUNE, "Phường 6"), "80").build();
        HierarchyVersion neu = HierarchyVersion.builder("territorial", NEW)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tây Ninh").withValidity(NEW, null))
                .add(Unit.of("27694", UnitKind.COMMUNE, "Phường Long An").withValidity(NEW, null),
                        "80")
                .add(Unit.of("27696", UnitKind.COMMUNE, "Phường Tân An").withValidity(NEW, null),
                        "80").build();
        List<String> codes = Crosswalk.validate(old, neu, List.of(
                        Crosswalk.Piece.full("27685", "27694"),
                        Crosswalk.Piece.partial("27688", "27694", Fraction.of(1, 2)),
                        Crosswalk.Piece.partial("27688", "27696", Fraction.of(1, 3)),
                        Crosswalk.Piece.full("27691", "27694"),
                        Crosswalk.Piece.partial("27691", "27696", Fraction.of(1, 2)),
                        Crosswalk.Piece.full("99999", "27694"),
                        Crosswalk.Piece.full("27694", "80")),
                Set.of("27685"), "test").problems().stream().map(Problem::code).toList();
        assertEquals(List.of("crosswalk.unknown-old", "crosswalk.unknown-new", "crosswalk.retired-and-mapped",
                "crosswalk.weights", "crosswalk.full-with-others", "crosswalk.unmapped"), codes);
    }

    @Test
    void aReusedCodeIsTwoUnitsAndAMergeAddsExactly() {
        HierarchyVersion old = HierarchyVersion.builder("territorial", OLD)
                .root(Unit.of("80", UnitKind.PROVINCE, "Long An"))
                .add(Unit.of("27694", UnitKind.COMMUNE, "Phường 6"), "80")
                .add(Unit.of("27697", UnitKind.COMMUNE, "Phường 3"), "80").build();
        HierarchyVersion neu = HierarchyVersion.builder("territorial", NEW)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tây Ninh").withValidity(NEW, null))
                .add(Unit.of("27694", UnitKind.COMMUNE, "Phường Long An").withValidity(NEW, null),
                        "80").build();
        Crosswalk cw = Crosswalk.validate(old, neu, List.of(Crosswalk.Piece.full("27694", "27694"),
                Crosswalk.Piece.full("27697", "27694")), Set.of(), "dvhcvn (unofficial)").value();
        DailyCounts.Builder b = DailyCounts.builder(old, FIRST, FIRST);
        b.put("27694", FIRST, 1_000);
        b.put("27697", FIRST, 234);
        Series s = RollUp.of(old, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults()).series(b.build(), FIRST, FIRST);
        RebasedSeries r = RebasedSeries.of(s, cw);
        assertEquals(1_234, r.count("27694", FIRST), "the new 27694 holds both old communes");
        assertEquals(Fraction.ZERO, r.estimatedShare("27694", FIRST));
        assertEquals("dvhcvn (unofficial)", r.crosswalk().source());
    }
}
