package io.github.uptake.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.Fraction;
import io.github.uptake.history.History;
import io.github.uptake.history.RebasedSeries;
import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.TargetRules;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Long An demo's history re-based onto Tây Ninh 2025 with the real (unofficial) crosswalk. */
class TayNinhReformTest {
    private static final LocalDate FROM = LocalDate.of(2020, 8, 1);
    private static final LocalDate TO = LocalDate.of(2020, 8, 18);

    @Test
    void tayNinhHasNinetySixCommunesThatAllBeginOnTheFirstOfJuly2025() {
        HierarchyVersion v = TayNinhReform.tree2025();
        assertEquals(97, v.size());
        assertEquals("Tỉnh Tây Ninh", v.root().name());
        assertTrue(v.units().stream()
                .allMatch(u -> u.validFrom().equals(Optional.of(TayNinhReform.REFORM))));
    }

    @Test
    void theRealCrosswalkMapsAllButTwoOfLongAnsCommunesAndSaysWhich() {
        DemoData demo = LongAnDemo.make();
        TayNinhReform.Mapping m = TayNinhReform.crosswalk(demo.territorial(),
                TayNinhReform.tree2025());
        assertTrue(m.crosswalk().isValid(), m.crosswalk().problems().toString());
        assertEquals(List.of("27688", "28006"), m.unmapped());
        Crosswalk cw = m.crosswalk().value();
        assertEquals(List.of("27688", "28006"), List.copyOf(cw.retired()));
        long split = demo.territorial().units().stream()
                .filter(u -> cw.pieces(u.code()).size() > 1).count();
        assertEquals(11, split);
        assertTrue(cw.source().contains("unofficial"));
    }

    @Test
    void theRebasedProvinceKeepsEveryDaysTotalExceptTheUnmappedCommunesWhichAreReported() {
        DemoData demo = LongAnDemo.make();
        InMemoryReportStore store = new InMemoryReportStore();
        for (Submission s : demo.submissions()) {
            store.submit(s);
        }
        HierarchyVersion old = demo.territorial();
        RollUp engine = RollUp.of(old, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults());
        Series asItWas = engine.series(store.dailyCounts(old, Segment.RESIDENTS, FROM.minusDays(3),
                TO), FROM, TO);
        TayNinhReform.Mapping m = TayNinhReform.crosswalk(old, TayNinhReform.tree2025());
        RebasedSeries rebased = RebasedSeries.of(asItWas, m.crosswalk().value());
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            long unmapped = 0;
            for (String code : m.unmapped()) {
                unmapped += asItWas.count(code, day);
            }
            assertEquals(asItWas.count("80", day) - unmapped, rebased.count("80", day),
                    "Tây Ninh on " + day + " = Long An minus the two unmapped communes");
        }
        assertEquals(197_011 - asItWas.count("27688", LongAnDemo.DAY)
                - asItWas.count("28006", LongAnDemo.DAY), rebased.count("80", LongAnDemo.DAY));
        // the new 27694 (Phường Long An) is not the old 27694: it gathers several old communes
        assertTrue(rebased.count("27694", LongAnDemo.DAY) > asItWas.count("27694",
                LongAnDemo.DAY));
        boolean someEstimated = rebased.version().units().stream().anyMatch(
                u -> !rebased.estimatedShare(u.code(), LongAnDemo.DAY).equals(Fraction.ZERO));
        assertTrue(someEstimated, "split communes make some new communes estimated");
    }

    @Test
    void resolution1244MergesPhuong2WholeAndSplitsTanHoaByItsPopulations() {
        DemoData demo = LongAnDemo.make();
        HierarchyVersion of2024 = demo.later().get(0);
        assertEquals(186, of2024.leafCount());
        assertTrue(!of2024.contains("27688") && !of2024.contains("28006"));
        Crosswalk cw = TayNinhReform.resolution1244(demo.territorial(), of2024).value();
        assertEquals(List.of(Crosswalk.Piece.full("27688", "27694")), cw.pieces("27688"));
        assertEquals(List.of(Crosswalk.Piece.partial("28006", "28003", Fraction.of(303, 1_710)),
                Crosswalk.Piece.partial("28006", "28009", Fraction.of(396, 1_710)),
                Crosswalk.Piece.partial("28006", "28012", Fraction.of(1_011, 1_710))),
                cw.pieces("28006"));
        assertEquals(List.of(Crosswalk.Piece.full("27991", "27991")), cw.pieces("27991"),
                "unlisted communes keep their code");
        assertTrue(cw.retired().isEmpty());
    }

    @Test
    void theWholeHistoryRebasedOntoTayNinhKeepsTheProvinceTotalOnEveryDay() {
        DemoData demo = LongAnDemo.make();
        InMemoryReportStore store = new InMemoryReportStore();
        demo.submissions().forEach(store::submit);
        HierarchyVersion old = demo.territorial();
        List<HierarchyVersion> versions = new java.util.ArrayList<>(demo.later());
        versions.add(0, old);
        History history = History.of(Hierarchy.of(Hierarchy.TERRITORIAL, versions),
                demo.crosswalks());
        RollUp engine = RollUp.of(old, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults());
        Series asItWas = engine.series(store.dailyCounts(old, Segment.RESIDENTS,
                LongAnDemo.FIRST.minusDays(3), LongAnDemo.LAST), LongAnDemo.FIRST, LongAnDemo.LAST);
        RebasedSeries rebased = history.rebase(asItWas, TayNinhReform.REFORM);
        assertEquals(TayNinhReform.REFORM, rebased.version().validFrom());
        assertTrue(rebased.crosswalk().retired().isEmpty(), "every commune of 2020 is mapped");
        for (LocalDate day = LongAnDemo.FIRST; !day.isAfter(LongAnDemo.LAST);
             day = day.plusDays(1)) {
            assertEquals(asItWas.count("80", day), rebased.count("80", day), day.toString());
            assertEquals(Fraction.whole(asItWas.count("80", day)), rebased.exact("80", day));
        }
        assertEquals(197_011, rebased.count("80", LongAnDemo.DAY));
        // Phường Long An gets Phường 2 exactly (through Phường 1) and a split part of Bình Thạnh
        assertTrue(rebased.estimatedShare("27694", LongAnDemo.DAY).compareTo(Fraction.ZERO) > 0);
        assertEquals(Fraction.ZERO, rebased.estimatedShare("27712", LongAnDemo.DAY),
                "Phường Tân An is made of whole old communes");
        int newCommunes = 0;
        for (int leaf : rebased.version().leafOrdinals()) {
            if (rebased.count(rebased.version().unitAt(leaf).code(), LongAnDemo.DAY) > 0) {
                newCommunes++;
            }
        }
        assertEquals(60, newCommunes, "Long An's communes went into 60 new communes");
    }
}
