package io.github.uptake.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import io.github.uptake.testing.PropertyCheck;
import java.util.Optional;
import java.util.OptionalLong;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final LocalDate FIRST = LocalDate.of(2020, 8, 1);
    private static final HierarchyVersion TREE = HierarchyVersion.builder("territorial", FIRST)
            .root(Unit.of("801", UnitKind.DISTRICT, "Huyện Đức Huệ"))
            .add(Unit.of("27775", UnitKind.COMMUNE, "Thị trấn Đông Thành"), "801")
            .build();

    /** A series of the district with the given daily counts, denominator and rule. */
    private static Series series(long denominator, TargetRule rule, long... counts) {
        DailyCounts.Builder b = DailyCounts.builder(TREE, FIRST, FIRST.plusDays(counts.length - 1L));
        for (int d = 0; d < counts.length; d++) {
            b.put("27775", FIRST.plusDays(d), counts[d]);
        }
        RollUp engine = RollUp.of(TREE, Segment.RESIDENTS, List.of(new Denominator("801",
                        Segment.RESIDENTS, denominator, "district-2020", FIRST)),
                rule == null ? TargetRules.none() : TargetRules.of(rule), RollUpPolicy.defaults());
        return engine.series(b.build(), FIRST, FIRST.plusDays(counts.length - 1L));
    }

    @Test
    void changePaceAndProjectionAreExactInWholeDays() {
        TargetRule sixty = TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT);
        // 100 people, target 60; 30 now, +2 a day over the last 7 days
        Series s = series(100, sixty, 10, 16, 18, 20, 22, 24, 26, 28, 30);
        LocalDate day = FIRST.plusDays(8);
        Progress p = Progress.of(s, "801", day, ProgressOptions.defaults().withBaseline(FIRST));
        assertEquals(30, p.count());
        assertEquals(OptionalLong.of(2), p.changeSincePreviousDay());
        assertEquals(OptionalLong.of(20), p.changeSinceBaseline());
        assertEquals(14, p.paceIncrease());
        assertEquals(7, p.paceDays());
        assertEquals(2.0, p.averageDailyIncrease());
        // 30 missing at 14 per 7 days: exactly 15 days
        assertEquals(Projection.Status.PROJECTED, p.projection().status());
        assertEquals(15, p.projection().daysNeeded());
        assertEquals(Optional.of(day.plusDays(15)), p.projection().date());
        assertEquals(30, p.projection().remaining());
        assertEquals(OptionalLong.empty(), p.requiredDailyIncrease());
    }

    @Test
    void requiredDailyIncreaseToMeetTheDeadlineRoundsUp() {
        LocalDate day = FIRST.plusDays(2);
        TargetRule byDeadline = TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT)
                .by(day.plusDays(7));
        Series s = series(100, byDeadline, 10, 20, 30);
        Progress p = Progress.of(s, "801", day, ProgressOptions.defaults());
        // 30 missing in 7 days: 5 a day (4 would leave 2 missing)
        assertEquals(OptionalLong.of(5), p.requiredDailyIncrease());
        TargetRule passed = byDeadline.by(day);
        assertEquals(OptionalLong.of(30), Progress.of(series(100, passed, 10, 20, 30), "801", day,
                ProgressOptions.defaults()).requiredDailyIncrease());
    }

    @Test
    void aZeroPaceOrATooSlowOneIsNotWithinTheHorizon() {
        TargetRule sixty = TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT);
        LocalDate day = FIRST.plusDays(3);
        assertEquals(Projection.Status.NOT_WITHIN_HORIZON, Progress.of(
                series(100, sixty, 10, 10, 10, 10), "801", day, ProgressOptions.defaults())
                .projection().status());
        // 1 person in 3 days with 49 missing: 147 days, beyond a 100-day horizon
        Progress slow = Progress.of(series(100, sixty, 10, 10, 11, 11), "801", day,
                ProgressOptions.defaults().withHorizonDays(100));
        assertEquals(Projection.Status.NOT_WITHIN_HORIZON, slow.projection().status());
        assertEquals(Projection.Status.PROJECTED, Progress.of(series(100, sixty, 10, 10, 11, 11),
                "801", day, ProgressOptions.defaults().withHorizonDays(147)).projection().status());
        assertEquals(Projection.Status.ALREADY_MET, Progress.of(series(100, sixty, 60), "801",
                FIRST, ProgressOptions.defaults()).projection().status());
        assertEquals(Projection.Status.NO_TARGET, Progress.of(series(100, null, 60), "801",
                FIRST, ProgressOptions.defaults()).projection().status());
        Progress first = Progress.of(series(100, sixty, 10), "801", FIRST,
                ProgressOptions.defaults());
        assertEquals(OptionalLong.empty(), first.changeSincePreviousDay());
        assertEquals(0, first.paceDays());
    }

    /** A generated projection: people missing, an increase over some days. */
    record Case(long remaining, long increase, int days) {
    }

    @Test
    void theProjectedDayIsTheFirstOnWhichThePaceCoversTheGap() {
        PropertyCheck.forAll(rnd -> new Case(1 + rnd.nextLong(1_000_000), 1 + rnd.nextLong(50_000),
                1 + rnd.nextInt(30))).check("projection-minimal", c -> {
            long needed = (c.remaining() * c.days() + c.increase() - 1) / c.increase();
            assertTrue(needed * c.increase() >= c.remaining() * c.days(), "enough");
            assertTrue((needed - 1) * c.increase() < c.remaining() * c.days(), "least");
        });
    }
}
