package io.github.uptake.word;

import io.github.uptake.completeness.Completeness;
import io.github.uptake.completeness.ReportingSchedule;
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
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import io.github.uptake.rollup.Snapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Long An on 15/8/2020, the day the dispatch quotes: the province and its 15 districts with their
 * 2019 census, the province's declared denominator 1.776.474 ({@code ubnd-long-an-2020}), a 60%
 * target, and 197.011 users, split among the districts as the app's demo splits them. Each
 * district grows by a fortieth of its figure of 15/8 each day from 8/8; Huyện Tân Hưng (796) does
 * not report on 15/8, so its figure of 14/8 (the same) is carried forward and it is missing from
 * the day's reports.
 */
final class LongAnDay {
    static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    static final LocalDate FIRST = DAY.minusDays(7);
    static final long DECLARED = 1_776_474;
    static final long INSTALLED = 197_011;
    static final String SILENT = "796";
    static final Threshold TARGET = Threshold.SIXTY_PERCENT;
    /** The districts' users on 15/8/2020, 197.011 in all. */
    static final java.util.Map<String, Long> ON_THE_DAY = java.util.Map.ofEntries(
            java.util.Map.entry("794", 38_324L), java.util.Map.entry("795", 7_262L),
            java.util.Map.entry("796", 1_398L), java.util.Map.entry("797", 1_959L),
            java.util.Map.entry("798", 1_515L), java.util.Map.entry("799", 5_688L),
            java.util.Map.entry("800", 3_017L), java.util.Map.entry("801", 4_947L),
            java.util.Map.entry("802", 40_143L), java.util.Map.entry("803", 24_875L),
            java.util.Map.entry("804", 9_137L), java.util.Map.entry("805", 5_529L),
            java.util.Map.entry("806", 18_325L), java.util.Map.entry("807", 25_225L),
            java.util.Map.entry("808", 9_667L));

    final HierarchyVersion tree;
    final RollUp engine;
    final Snapshot snapshot;
    final Snapshot previous;
    final Series series;
    final Completeness completeness;

    private LongAnDay() {
        HierarchyVersion.Builder b = HierarchyVersion.builder(Hierarchy.TERRITORIAL,
                LocalDate.of(2020, 6, 1)).root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"));
        List<Denominator> dens = new ArrayList<>();
        dens.add(new Denominator("80", Segment.RESIDENTS, DECLARED, "ubnd-long-an-2020", DAY));
        List<String> codes = new ArrayList<>();
        try (InputStream in = LongAnDay.class.getResourceAsStream(
                "/io/github/uptake/example/population_2019census_longan_districts.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                if (f[0].length() != 3) {
                    continue;
                }
                b.add(Unit.of(f[0], UnitKind.DISTRICT, f[1]), "80");
                dens.add(new Denominator(f[0], Segment.RESIDENTS, Long.parseLong(f[4]),
                        "census-2019", LocalDate.of(2019, 4, 1)));
                codes.add(f[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tree = b.build();
        long[] split = new long[codes.size()];
        for (int i = 0; i < split.length; i++) {
            split[i] = ON_THE_DAY.get(codes.get(i));
        }
        InMemoryReportStore reports = new InMemoryReportStore();
        for (LocalDate d = FIRST; !d.isAfter(DAY); d = d.plusDays(1)) {
            long daysBefore = DAY.toEpochDay() - d.toEpochDay();
            for (int i = 0; i < codes.size(); i++) {
                boolean silent = codes.get(i).equals(SILENT);
                if (silent && d.equals(DAY)) {
                    continue;
                }
                long count = split[i] - (silent ? daysBefore - 1 : daysBefore) * (split[i] / 40);
                reports.submit(Report.of(codes.get(i), Segment.RESIDENTS, d, count,
                        d.atTime(LocalTime.of(8, 30)).toInstant(ZoneOffset.UTC),
                        "UBND " + codes.get(i), "test"));
            }
        }
        engine = RollUp.of(tree, Segment.RESIDENTS, dens, TargetRules.of(TargetRule.of(
                Segment.RESIDENTS, TARGET)), RollUpPolicy.defaults());
        int window = engine.policy().carryForwardDays();
        snapshot = engine.snapshot(reports.latestCounts(tree, Segment.RESIDENTS, DAY, window));
        previous = engine.snapshot(reports.latestCounts(tree, Segment.RESIDENTS,
                DAY.minusDays(1), window));
        series = engine.series(reports.dailyCounts(tree, Segment.RESIDENTS,
                FIRST.minusDays(window), DAY), FIRST, DAY);
        ReportingSchedule daily = ReportingSchedule.daily();
        completeness = Completeness.compute(tree, daily, daily.periodContaining(DAY), reports,
                Segment.RESIDENTS);
    }

    /** Returns the day's figures. */
    static LongAnDay make() {
        return new LongAnDay();
    }

    /** Returns the Department's header, numbered 125, with one recipient. */
    static WrittenReport.Header header() {
        return new WrittenReport.Header("UBND TỈNH LONG AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                "125", "BC-STTTT", "Long An", DAY, "ứng dụng Bluezone",
                List.of("Ủy ban nhân dân tỉnh Long An"), "Giám đốc", "Nguyễn Văn A");
    }

    /** Returns the whole content: previous day, series, completeness, three lagging units. */
    WrittenReport.Content content() {
        return WrittenReport.Content.of(header(), snapshot, "80").withPrevious(previous)
                .withSeries(series).withCompleteness(completeness);
    }
}
