package io.github.uptake.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportStore;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant T = Instant.parse("2020-08-15T08:00:00Z");

    private static Snapshot snapshot() {
        HierarchyVersion v = HierarchyVersion.builder("territorial", DAY)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"))
                .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80")
                .add(Unit.of("795", UnitKind.DISTRICT, "Thị xã Kiến Tường"), "80")
                .add(Unit.of("796", UnitKind.DISTRICT, "Huyện Tân Hưng"), "80")
                .build();
        ReportStore store = new InMemoryReportStore();
        store.submit(Report.of("794", Segment.RESIDENTS, DAY, 100_000, T, "clerk", null));
        store.submit(Report.of("795", Segment.RESIDENTS, DAY, 50_000, T, "clerk", null));
        store.submit(Report.of("796", Segment.RESIDENTS, DAY, 47_011, T, "clerk", null));
        return RollUp.of(v, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults()).snapshot(store.latestCounts(v, Segment.RESIDENTS, DAY, 3));
    }

    @Test
    void theRollUpOfSelfReportsBesideTheOperatorsCount() {
        List<Comparison> rows = Reconciliation.withAuthoritative(snapshot(), List.of(
                new AuthoritativeCount("80", Segment.RESIDENTS, DAY, 180_000, "bluezone-operator"),
                new AuthoritativeCount("80", Segment.RESIDENTS, DAY.minusDays(1), 1, "other day"),
                new AuthoritativeCount("99", Segment.RESIDENTS, DAY, 1, "not in the tree")));
        assertEquals(1, rows.size());
        Comparison c = rows.get(0);
        assertEquals(197_011, c.reported());
        assertEquals(17_011, c.difference());
        assertEquals(true, c.overReported());
        assertEquals("9,45%", UptakeFormat.vietnamese().percent(Math.abs(c.difference()),
                c.reference()));
    }

    @Test
    void reportedBesideVerifiedPerUnitAndRolledUp() {
        List<Comparison> rows = Reconciliation.withVerifications(snapshot(), List.of(
                new Verification("794", Segment.RESIDENTS, DAY, 90_000, "team A", T),
                new Verification("794", Segment.RESIDENTS, DAY, 95_000, "team B",
                        T.plusSeconds(60)),
                new Verification("795", Segment.RESIDENTS, DAY, 55_000, "team A", T)));
        assertEquals(List.of("80:150000/150000 (2 units)", "794:100000/95000 (1 units)",
                        "795:50000/55000 (1 units)"),
                rows.stream().map(r -> r.unit().code() + ":" + r.reported() + "/" + r.reference()
                        + " (" + r.units() + " units)").toList());
        assertEquals("team B", rows.get(1).source());
        assertEquals(-5_000, rows.get(2).difference());
    }
}
