package io.github.uptake.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.Fraction;
import io.github.uptake.history.History;
import io.github.uptake.history.RebasedSeries;
import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportStore;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the example of the README's "Hierarchy history" section and checks that the README shows
 * exactly this code.
 */
class HistoryExampleTest {

    static void example(PrintStream out) {
        // README:start
        LocalDate v2020 = LocalDate.of(2020, 6, 1);
        LocalDate v2024 = LocalDate.of(2024, 12, 1);
        LocalDate v2025 = LocalDate.of(2025, 7, 1);
        Unit longAn = Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An");
        HierarchyVersion before = HierarchyVersion.builder(Hierarchy.TERRITORIAL, v2020).root(longAn)
                .add(Unit.of("27688", UnitKind.COMMUNE, "Phường 2"), "80")
                .add(Unit.of("27694", UnitKind.COMMUNE, "Phường 1"), "80")
                .add(Unit.of("28003", UnitKind.COMMUNE, "Xã Lương Hòa"), "80")
                .add(Unit.of("28006", UnitKind.COMMUNE, "Xã Tân Hòa"), "80")
                .add(Unit.of("28012", UnitKind.COMMUNE, "Xã An Thạnh"), "80").build();
        HierarchyVersion middle = HierarchyVersion.builder(Hierarchy.TERRITORIAL, v2024).root(longAn)
                .add(Unit.of("27694", UnitKind.COMMUNE, "Phường 1"), "80")
                .add(Unit.of("28003", UnitKind.COMMUNE, "Xã Lương Hòa"), "80")
                .add(Unit.of("28012", UnitKind.COMMUNE, "Xã An Thạnh"), "80").build();
        // The reform reuses codes: the new 27694 is another territory than the old one
        HierarchyVersion after = HierarchyVersion.builder(Hierarchy.TERRITORIAL, v2025)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Tây Ninh").withValidity(v2025, null))
                .add(Unit.of("27694", UnitKind.COMMUNE, "Phường Long An").withValidity(v2025, null), "80")
                .add(Unit.of("28003", UnitKind.COMMUNE, "Xã Lương Hòa").withValidity(v2025, null), "80")
                .build();

        // Resolution 1244: Phường 2 merged whole; Tân Hòa split by population (303 and 1.011 people)
        Crosswalk resolution1244 = Crosswalk.validate(before, middle, List.of(
                Crosswalk.Piece.full("27688", "27694"),
                Crosswalk.Piece.full("27694", "27694"),
                Crosswalk.Piece.full("28003", "28003"),
                Crosswalk.Piece.partial("28006", "28003", Fraction.of(303, 1_314)),
                Crosswalk.Piece.partial("28006", "28012", Fraction.of(1_011, 1_314)),
                Crosswalk.Piece.full("28012", "28012")), Set.of(), "NQ 1244/NQ-UBTVQH15").value();
        // The 2025 reform, from an unofficial crosswalk: An Thạnh goes into the new Lương Hòa
        Crosswalk reform = Crosswalk.validate(middle, after, List.of(
                Crosswalk.Piece.full("27694", "27694"),
                Crosswalk.Piece.full("28003", "28003"),
                Crosswalk.Piece.full("28012", "28003")), Set.of(), "dvhcvn/20250701 (unofficial)").value();
        History history = History.of(Hierarchy.of(Hierarchy.TERRITORIAL, List.of(before, middle, after)),
                List.of(resolution1244, reform));

        // Reports of 15/8/2020, read as they were (under the 2020 units)
        LocalDate day = LocalDate.of(2020, 8, 15);
        ReportStore reports = new InMemoryReportStore();
        Map.of("27688", 1_700L, "27694", 1_160L, "28003", 1_245L, "28006", 171L, "28012", 2_220L)
                .forEach((code, n) -> reports.submit(Report.of(code, Segment.RESIDENTS, day, n,
                        Instant.parse("2020-08-15T09:00:00Z"), "xã", null)));
        RollUp engine = RollUp.of(before, Segment.RESIDENTS, List.of(), TargetRules.none(), RollUpPolicy.defaults());
        Series asItWas = engine.series(reports.dailyCounts(before, Segment.RESIDENTS, day, day), day, day);

        // ... and re-based onto the units of 1/7/2025, through both crosswalks
        RebasedSeries rebased = history.rebase(asItWas, v2025);
        for (Unit u : rebased.version().units()) {
            out.println(u.code() + " " + u.name() + ": " + rebased.count(u.code(), day)
                    + ", estimated share " + rebased.estimatedShare(u.code(), day).toBigDecimal(3));
        }
        for (History.Period p : history.periods(LocalDate.of(2024, 11, 30), LocalDate.of(2024, 12, 1))) {
            out.println(p.from() + " is read in the units of " + p.version().validFrom());
        }
        // README:end
    }

    @Test
    void theExampleReBasesThroughBothCrosswalksKeepingTheTotalAndMarkingTheSplit() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        example(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertEquals(List.of(
                "80 Tỉnh Tây Ninh: 6496, estimated share 0.026",
                "27694 Phường Long An: 2860, estimated share 0.000",
                "28003 Xã Lương Hòa: 3636, estimated share 0.047",
                "2024-11-30 is read in the units of 2020-06-01",
                "2024-12-01 is read in the units of 2024-12-01"),
                buffer.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        ReadmeSnippets.assertReadmeShows("HistoryExampleTest.java");
    }
}
