package io.github.uptake.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportStore;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);

    private static Snapshot snapshot() {
        HierarchyVersion.Builder b = HierarchyVersion.builder("territorial", DAY)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"));
        String[] codes = {"794", "795", "796", "797", "798"};
        long[] counts = {1_000, 500, 2_000, 50, 7};
        long[] dens = {10_000, 5_000, 10_000, 1_000, 0};
        List<Denominator> d = new ArrayList<>();
        ReportStore store = new InMemoryReportStore();
        for (int i = 0; i < codes.length; i++) {
            b.add(Unit.of(codes[i], UnitKind.DISTRICT, "Huyện " + codes[i]), "80");
            d.add(new Denominator(codes[i], Segment.RESIDENTS, dens[i], "census-2019", DAY));
            store.submit(Report.of(codes[i], Segment.RESIDENTS, DAY, counts[i],
                    Instant.parse("2020-08-15T08:00:00Z"), "clerk", null));
        }
        b.add(Unit.of("799", UnitKind.DISTRICT, "Huyện 799"), "80");
        HierarchyVersion v = b.build();
        return RollUp.of(v, Segment.RESIDENTS, d, TargetRules.none(), RollUpPolicy.defaults())
                .snapshot(store.latestCounts(v, Segment.RESIDENTS, DAY, 3));
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        List<Ranking.Ranked> ranked = Ranking.children(snapshot(), "80");
        // 20%, 10%, 10%, 5%; 798 (denominator 0) and 799 (none) have no rate
        assertEquals(List.of("796:1", "794:2", "795:2", "797:4"), ranked.stream()
                .map(r -> r.node().code() + ":" + r.rank()).toList());
        assertEquals(ranked, Ranking.level(snapshot(), 1));
    }

    @Test
    void listsUnitsBelowAShareLowestFirst() {
        Snapshot s = snapshot();
        List<NodeResult> below = Ranking.below(s.children("80"), Threshold.percent(10));
        assertEquals(List.of("797"), below.stream().map(NodeResult::code).toList());
        assertEquals(List.of("797", "794", "795"), Ranking.below(s.children("80"),
                Threshold.of(11, 100)).stream().map(NodeResult::code).toList());
    }
}
