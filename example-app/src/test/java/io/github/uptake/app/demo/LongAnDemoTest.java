package io.github.uptake.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.quality.DecreasingCountCheck;
import io.github.uptake.quality.DenominatorMismatchCheck;
import io.github.uptake.quality.Finding;
import io.github.uptake.quality.OutlierIncreaseCheck;
import io.github.uptake.quality.OverDenominatorCheck;
import io.github.uptake.quality.ParentFigureCheck;
import io.github.uptake.quality.PublishedRateCheck;
import io.github.uptake.quality.QualityChecks;
import io.github.uptake.quality.QualityContext;
import io.github.uptake.quality.StaleUnitCheck;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.LatestCounts;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Long An demo looks like 2020: rates that differ, growth and reporting that vary. */
class LongAnDemoTest {
    private static final DemoData DEMO = LongAnDemo.make();
    private static final InMemoryReportStore STORE = store();
    private static final long CENSUS = 1_688_547;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private static InMemoryReportStore store() {
        InMemoryReportStore s = new InMemoryReportStore();
        for (Submission sub : DEMO.submissions()) {
            s.submit(sub);
        }
        return s;
    }

    private static RollUp engine(HierarchyVersion v, Segment segment) {
        return RollUp.of(v, segment, DEMO.denominators(), DEMO.rules(), RollUpPolicy.defaults());
    }

    private static DailyCounts daily(HierarchyVersion v, Segment segment, LocalDate day) {
        return STORE.dailyCounts(v, segment, LongAnDemo.FIRST.minusDays(3), day);
    }

    private static Snapshot snapshot(LocalDate day) {
        HierarchyVersion v = DEMO.territorial();
        return engine(v, Segment.RESIDENTS).snapshot(LatestCounts.from(
                daily(v, Segment.RESIDENTS, day), day));
    }

    private static long census(NodeResult n) {
        return n.denominator().orElseThrow().count();
    }

    @Test
    void districtRatesOnTheFifteenthSpanThreeToTwentyFivePercentTanAnAboveTheProvinceDucHueBelow() {
        Snapshot snap = snapshot(LongAnDemo.DAY);
        assertEquals(197_011, snap.count(LongAnDemo.PROVINCE));
        List<NodeResult> districts = snap.children(LongAnDemo.PROVINCE);
        assertEquals(15, districts.size());
        NodeResult lowest = districts.get(0);
        NodeResult highest = districts.get(0);
        for (NodeResult d : districts) {
            // rates compared exactly: a/b < c/e when a*e < c*b
            if (d.count() * census(lowest) < lowest.count() * census(d)) {
                lowest = d;
            }
            if (d.count() * census(highest) > highest.count() * census(d)) {
                highest = d;
            }
        }
        assertTrue(lowest.count() * 100 <= 3 * census(lowest), lowest.toString());
        assertTrue(highest.count() * 100 >= 25 * census(highest), highest.toString());
        assertTrue(lowest.count() * census(highest) < highest.count() * census(lowest),
                "the rates are not all equal");
        NodeResult tanAn = snap.node("794");
        NodeResult ducHue = snap.node("801");
        for (long den : List.of(LongAnDemo.DECLARED_POPULATION, CENSUS)) {
            assertTrue(tanAn.count() * den > 197_011 * census(tanAn), "Tân An above " + den);
            assertTrue(ducHue.count() * den < 197_011 * census(ducHue), "Đức Huệ below " + den);
        }
        // the figures the javadoc of LongAnDemo and the README state
        assertEquals(38_324, tanAn.count());
        assertEquals(4_947, ducHue.count());
        assertEquals(1_398, snap.count("796"));
        UptakeFormat vi = UptakeFormat.vietnamese();
        assertEquals("26,41%", vi.percent(tanAn.count(), census(tanAn)));
        assertEquals("7,50%", vi.percent(ducHue.count(), census(ducHue)));
        assertEquals("2,93%", vi.percent(snap.count("796"), census(snap.node("796"))));
    }

    @Test
    void communeRatesOnTheFifteenthDifferWithinEachDistrictAndStayFromTwoToThirtyTwoPercent() {
        Snapshot snap = snapshot(LongAnDemo.DAY);
        for (NodeResult d : snap.children(LongAnDemo.PROVINCE)) {
            Set<Long> tenThousandths = new TreeSet<>();
            long sum = 0;
            for (NodeResult c : snap.children(d.code())) {
                assertTrue(c.count() * 100 >= 2 * census(c) && c.count() * 100 <= 32 * census(c),
                        c.toString());
                tenThousandths.add(c.count() * 10_000 / census(c));
                sum += c.count();
            }
            assertEquals(d.count(), sum);
            assertTrue(tenThousandths.size() > 1, d.code() + " has communes at one rate only");
        }
    }

    @Test
    void theReadmeShowsEveryDistrictsFigureAndRateOfTheFifteenth() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        UptakeFormat vi = UptakeFormat.vietnamese();
        for (NodeResult d : snapshot(LongAnDemo.DAY).children(LongAnDemo.PROVINCE)) {
            String row = "| " + d.code() + " " + d.unit().name() + " | " + vi.count(d.count())
                    + " | " + vi.count(census(d)) + " | " + vi.percent(d.count(), census(d))
                    + " |";
            assertTrue(readme.contains(row), row);
        }
    }

    @Test
    void eachDataQualityProblemOfTheDemoIsFoundAndNothingElseIs() {
        LocalDate from = LocalDate.of(2020, 8, 12);
        HierarchyVersion v = DEMO.territorial();
        List<Finding> territorial = QualityChecks.defaults().run(QualityContext.of(
                engine(v, Segment.RESIDENTS), daily(v, Segment.RESIDENTS, LongAnDemo.LAST), from,
                LongAnDemo.LAST).withPublishedRates(DEMO.published()));
        assertEquals(Set.of(
                DecreasingCountCheck.ID + " 27697 2020-08-12",
                OutlierIncreaseCheck.ID + " 27700 2020-08-17",
                StaleUnitCheck.ID + " 27715 2020-08-18",
                ParentFigureCheck.ID + " 801 2020-08-18",
                DenominatorMismatchCheck.ID + " 80 2020-08-15",
                PublishedRateCheck.ID + " 801 2020-08-18"), keys(territorial));
        assertTrue(territorial.stream().anyMatch(f -> f.message(java.util.Locale.ENGLISH).equals(
                "The own figure of 801 (5,658) differs by 304 from the sum of its children"
                        + " (5,354).")), territorial.toString());
        HierarchyVersion s = DEMO.sectoral();
        List<Finding> workers = QualityChecks.defaults().run(QualityContext.of(
                engine(s, Segment.WORKERS), daily(s, Segment.WORKERS, LongAnDemo.LAST), from,
                LongAnDemo.LAST));
        assertTrue(keys(workers).contains(OverDenominatorCheck.ID + " DN-KCN-003 2020-08-18"),
                workers.toString());
    }

    private static Set<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.checkId() + " " + f.unitCode() + " " + f.date())
                .collect(Collectors.toSet());
    }

    @Test
    void communesGrowInDifferentShapesAndSomeLagOrReportLate() {
        Map<String, Map<LocalDate, Long>> figures = new HashMap<>();
        Map<String, Integer> late = new HashMap<>();
        int reports = 0;
        for (Submission sub : DEMO.submissions()) {
            for (Report r : sub.reports()) {
                if (r.unitCode().length() == 5 && !sub.id().endsWith("-first")) {
                    figures.computeIfAbsent(r.unitCode(), k -> new HashMap<>())
                            .put(r.asOf(), r.count());
                    reports++;
                    if (r.reportedAt().atZone(VN).toLocalTime().isAfter(LocalTime.of(16, 0))) {
                        late.merge(r.unitCode(), 1, Integer::sum);
                    }
                }
            }
        }
        assertEquals(188, figures.size());
        LocalDate first = LongAnDemo.FIRST;
        LocalDate august1 = LocalDate.of(2020, 8, 1);
        LocalDate august13 = LocalDate.of(2020, 8, 13);
        List<Map<LocalDate, Long>> withAll = figures.values().stream()
                .filter(f -> f.containsKey(first) && f.containsKey(august1)
                        && f.containsKey(august13) && f.containsKey(LongAnDemo.DAY)).toList();
        // late: under a third of its 15/8 figure on 1/8; plateau: no rise from 13/8 to 15/8;
        // steady: two fifths or more on 1/8 and still rising after 13/8
        long lateStarters = withAll.stream()
                .filter(f -> f.get(august1) * 3 < f.get(LongAnDemo.DAY)).count();
        long plateaus = withAll.stream()
                .filter(f -> f.get(LongAnDemo.DAY).equals(f.get(august13))).count();
        long steady = withAll.stream().filter(f -> f.get(august1) * 5 >= f.get(LongAnDemo.DAY) * 2
                && f.get(august13) < f.get(LongAnDemo.DAY)).count();
        assertTrue(lateStarters >= 10 && plateaus >= 10 && steady >= 50,
                lateStarters + " late starters, " + plateaus + " plateaus, " + steady + " steady");
        long lagging = figures.values().stream().filter(f -> f.size() <= 26).count();
        long habituallyLate = late.values().stream().filter(n -> n >= 8).count();
        int lateReports = late.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(lagging >= 5 && habituallyLate >= 5, lagging + " lagging, " + habituallyLate
                + " habitually late");
        assertTrue(lateReports * 5 < reports, lateReports + " of " + reports + " late");
        assertTrue(figures.values().stream().allMatch(f -> f.containsKey(LongAnDemo.DAY)
                || f.containsKey(august13)), "every commune has a figure for 15/8");
    }

    @Test
    void theDemoIsTheSameEveryTime() {
        assertEquals(DEMO.submissions(), LongAnDemo.make().submissions());
    }
}
