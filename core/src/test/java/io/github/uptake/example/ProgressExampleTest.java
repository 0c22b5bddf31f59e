package io.github.uptake.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.completeness.Completeness;
import io.github.uptake.completeness.ReportingSchedule;
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
import io.github.uptake.progress.Progress;
import io.github.uptake.progress.ProgressOptions;
import io.github.uptake.quality.Finding;
import io.github.uptake.quality.QualityChecks;
import io.github.uptake.quality.QualityContext;
import io.github.uptake.rollup.DailyCounts;
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
import org.junit.jupiter.api.Test;

/**
 * Runs the example of the README's "Progress, completeness and findings" section and checks that the
 * README shows exactly this code.
 */
class ProgressExampleTest {

    static void example(PrintStream out) {
        // README:start
        HierarchyVersion tree = HierarchyVersion.builder(Hierarchy.TERRITORIAL, LocalDate.of(2020, 8, 1))
                .root(Unit.of("801", UnitKind.DISTRICT, "Huyện Đức Huệ"))
                .add(Unit.of("27775", UnitKind.COMMUNE, "Thị trấn Đông Thành"), "801")
                .add(Unit.of("27778", UnitKind.COMMUNE, "Xã Mỹ Quý Đông"), "801")
                .build();
        List<Denominator> denominators = List.of(new Denominator("801", Segment.RESIDENTS, 66_219,
                "district-2020", LocalDate.of(2020, 8, 1)));
        TargetRules rules = TargetRules.of(TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT)
                .by(LocalDate.of(2020, 8, 30)));

        // A week of daily reports; Mỹ Quý Đông stops after 14/8, Đông Thành sends late on 18/8
        ReportStore reports = new InMemoryReportStore();
        for (int d = 12; d <= 18; d++) {
            LocalDate day = LocalDate.of(2020, 8, d);
            Instant sent = day.atTime(d == 18 ? 17 : 9, 0).atZone(ReportingSchedule.DEFAULT_ZONE).toInstant();
            reports.submit(Report.of("27775", Segment.RESIDENTS, day, 3_000 + 150L * (d - 12), sent, "Đông Thành", null));
            if (d <= 14) {
                reports.submit(Report.of("27778", Segment.RESIDENTS, day, 2_000 + 100L * (d - 12), sent, "Mỹ Quý Đông", null));
            }
        }

        LocalDate today = LocalDate.of(2020, 8, 18);
        RollUp engine = RollUp.of(tree, Segment.RESIDENTS, denominators, rules, RollUpPolicy.defaults());
        DailyCounts daily = reports.dailyCounts(tree, Segment.RESIDENTS, LocalDate.of(2020, 8, 12), today);
        Series series = engine.series(daily, LocalDate.of(2020, 8, 15), today);

        // Change, pace over the last 3 days, projection and the pace the deadline needs
        UptakeFormat vi = UptakeFormat.vietnamese();
        Progress p = Progress.of(series, "801", today, ProgressOptions.defaults().withPaceDays(3));
        // on a first day there is no change, and without a deadline no required pace: Optional
        out.println(vi.count(p.count()) + " người, hôm qua "
                + (p.changeSincePreviousDay().isPresent() ? vi.count(p.changeSincePreviousDay().getAsLong()) : "–")
                + ", dự báo đạt 60%: " + p.projection().status()
                + (p.requiredDailyIncrease().isPresent() ? ", cần " + vi.count(p.requiredDailyIncrease().getAsLong())
                        + " người/ngày để kịp hạn" : ", không có hạn"));

        // Who did not report by 16:00, who was late, and what looks wrong
        ReportingSchedule schedule = ReportingSchedule.daily();
        Completeness c = Completeness.compute(tree, schedule, schedule.periodContaining(today), reports,
                Segment.RESIDENTS);
        out.println("Chưa báo cáo: " + c.missingUnits("801").get(0).name()
                + "; trễ hạn: " + c.lateUnits("801").get(0).name());
        for (Finding f : QualityChecks.defaults().run(QualityContext.of(engine, daily, LocalDate.of(2020, 8, 15), today))) {
            out.println(f.messageVi());
        }
        // README:end
    }

    @Test
    void theExamplePrintsProgressCompletenessAndFindings() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        example(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        assertEquals(List.of(
                "3.900 người, hôm qua -2.050, dự báo đạt 60%: NOT_WITHIN_HORIZON, cần 2.986 người/ngày để kịp hạn",
                "Chưa báo cáo: Xã Mỹ Quý Đông; trễ hạn: Thị trấn Đông Thành",
                "27778 không báo cáo 4 ngày (lần cuối tính đến 14/8/2020)."),
                buffer.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        ReadmeSnippets.assertReadmeShows("ProgressExampleTest.java");
    }
}
