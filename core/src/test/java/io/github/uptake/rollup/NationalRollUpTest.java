package io.github.uptake.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.testing.VietnamUnits;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine on the real national tree: 63 provinces, 707 districts, 10.614 communes. */
class NationalRollUpTest {
    @Test
    void aNationalYearRollsUpToTheSumOfItsCommunesOnEveryDay() {
        HierarchyVersion v = VietnamUnits.tree2020();
        assertEquals(11_385, v.size());
        // 10.614 communes, plus 5 island districts that have no communes
        assertEquals(10_619, v.leafCount());
        assertEquals(10_614, v.atDepth(3).size());
        LocalDate first = LocalDate.of(2020, 1, 1);
        LocalDate last = LocalDate.of(2020, 12, 31);
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        DailyCounts.Builder fill = DailyCounts.builder(v, first, last);
        long[] expected = new long[days];
        for (int leaf : v.leafOrdinals()) {
            for (int d = 0; d < days; d++) {
                long value = (leaf * 31L + d) % 997;
                fill.put(leaf, first.toEpochDay() + d, value);
                expected[d] += value;
            }
        }
        DailyCounts daily = fill.build();
        RollUp engine = RollUp.of(v, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults());
        Series series = engine.series(daily, first, last);
        for (int d = 0; d < days; d++) {
            assertEquals(expected[d], series.countAt(0, d), "day " + d);
        }
        Snapshot snap = engine.snapshot(LatestCounts.from(daily, LocalDate.of(2020, 8, 15)));
        assertEquals(expected[(int) ChronoUnit.DAYS.between(first, LocalDate.of(2020, 8, 15))],
                snap.root().count());
        assertEquals(63, snap.children(VietnamUnits.COUNTRY).size());
        assertEquals(0, snap.root().missingLeaves());
    }
}
