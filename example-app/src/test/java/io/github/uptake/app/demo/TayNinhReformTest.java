package io.github.uptake.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.Fraction;
import io.github.uptake.history.RebasedSeries;
import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.TargetRules;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import java.time.LocalDate;
import java.util.List;
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
        assertTrue(v.units().stream().allMatch(u -> TayNinhReform.REFORM.equals(u.validFrom())));
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
}
