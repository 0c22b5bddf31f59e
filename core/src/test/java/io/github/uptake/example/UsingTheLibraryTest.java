package io.github.uptake.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportStore;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import io.github.uptake.rollup.TargetStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the example of the README's "Using the library" section, and checks that the README shows
 * exactly this code.
 */
class UsingTheLibraryTest {

    static void example(PrintStream out) {
        // README:start
        // The tree valid from 1/8/2020; codes are strings, leading zeros kept
        HierarchyVersion tree = HierarchyVersion.builder(Hierarchy.TERRITORIAL, LocalDate.of(2020, 8, 1))
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"))
                .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80")
                .add(Unit.of("801", UnitKind.DISTRICT, "Huyện Đức Huệ"), "80")
                .build();

        // Denominators with source and vintage; the target: 60% of residents
        List<Denominator> denominators = List.of(
                new Denominator("794", Segment.RESIDENTS, 145_120, "census-2019", LocalDate.of(2019, 4, 1)),
                new Denominator("801", Segment.RESIDENTS, 66_219, "district-2020", LocalDate.of(2020, 8, 1)));
        TargetRules rules = TargetRules.of(TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT));

        // Daily cumulative reports; a correction is a new revision, the latest sent wins
        ReportStore reports = new InMemoryReportStore();
        LocalDate day = LocalDate.of(2020, 8, 18);
        Instant sent = Instant.parse("2020-08-18T09:00:00Z");
        reports.submit(Report.of("794", Segment.RESIDENTS, day, 20_500, sent, "UBND TP Tân An", null));
        reports.submit(Report.of("794", Segment.RESIDENTS, day, 20_000, sent.plusSeconds(600), "UBND TP Tân An", "correction"));
        reports.submit(Report.of("801", Segment.RESIDENTS, day, 5_658, sent, "UBND huyện Đức Huệ", null));

        // Roll up on 18/8/2020 and print in Vietnamese
        RollUpPolicy policy = RollUpPolicy.defaults();
        Snapshot snapshot = RollUp.of(tree, Segment.RESIDENTS, denominators, rules, policy)
                .snapshot(reports.latestCounts(tree, Segment.RESIDENTS, day, policy.carryForwardDays()));
        UptakeFormat vi = UptakeFormat.vietnamese();
        for (NodeResult n : snapshot.nodes()) {
            // a unit may have no denominator and a segment no rule: both are Optional, never null
            String rate = n.denominator().map(d -> vi.count(d.count()) + " = " + n.rule()
                            .map(r -> vi.percent(n.count(), d.count(), r.threshold()))
                            .orElse(vi.percent(n.count(), d.count())))
                    .orElse("– (chưa có mẫu số)");
            out.println(n.unit().name() + ": " + vi.count(n.count()) + " / " + rate
                    + (n.status() == TargetStatus.NOT_MET ? ", còn thiếu " + vi.count(n.gap()) + " người" : ""));
        }
        // README:end
    }

    @Test
    void theExamplePrintsExactFigures() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        example(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertEquals(List.of(
                "Tỉnh Long An: 25.658 / 211.339 = 12,14%, còn thiếu 101.146 người",
                "Thành phố Tân An: 20.000 / 145.120 = 13,78%, còn thiếu 67.072 người",
                "Huyện Đức Huệ: 5.658 / 66.219 = 8,54%, còn thiếu 34.074 người"),
                buffer.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        ReadmeSnippets.assertReadmeShows("UsingTheLibraryTest.java");
    }
}
