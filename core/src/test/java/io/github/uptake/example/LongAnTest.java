package io.github.uptake.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.github.uptake.quality.Finding;
import io.github.uptake.rollup.Apportionment;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.ResolvedDenominator;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import io.github.uptake.rollup.TargetStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case the project started from: Long An on 15/8/2020, 197.011 Bluezone users against a 60%
 * target, with the province's declared denominator and the 2019 census of its 15 districts.
 */
class LongAnTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final long DECLARED = 1_776_474;
    private static final long INSTALLED = 197_011;
    private static HierarchyVersion tree;
    private static List<Denominator> denominators;
    private static ReportStore reports;

    @BeforeAll
    static void load() throws IOException {
        HierarchyVersion.Builder b = HierarchyVersion.builder(Hierarchy.TERRITORIAL,
                        LocalDate.of(2020, 6, 1))
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"));
        denominators = new ArrayList<>();
        denominators.add(new Denominator("80", Segment.RESIDENTS, DECLARED, "ubnd-long-an-2020",
                DAY));
        List<String> codes = new ArrayList<>();
        List<Long> census = new ArrayList<>();
        try (InputStream in = LongAnTest.class.getResourceAsStream(
                "population_2019census_longan_districts.csv")) {
            assertNotNull(in);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                if (f[0].length() == 3) {
                    b.add(Unit.of(f[0], UnitKind.DISTRICT, f[1]), "80");
                    denominators.add(new Denominator(f[0], Segment.RESIDENTS, Long.parseLong(f[4]),
                            "census-2019", LocalDate.of(2019, 4, 1)));
                    codes.add(f[0]);
                    census.add(Long.parseLong(f[4]));
                }
            }
        }
        tree = b.build();
        // the district split of the province's total is illustrative: in proportion to the census
        long[] split = Apportionment.largestRemainder(INSTALLED,
                census.stream().mapToLong(Long::longValue).toArray());
        reports = new InMemoryReportStore();
        for (int i = 0; i < codes.size(); i++) {
            reports.submit(Report.of(codes.get(i), Segment.RESIDENTS, DAY, split[i],
                    Instant.parse("2020-08-15T08:30:00Z"), "UBND " + codes.get(i), "demo"));
        }
    }

    private static Snapshot snapshot(RollUpPolicy policy) {
        TargetRules rules = TargetRules.of(TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT));
        return RollUp.of(tree, Segment.RESIDENTS, denominators, rules, policy)
                .snapshot(reports.latestCounts(tree, Segment.RESIDENTS, DAY,
                        policy.carryForwardDays()));
    }

    @Test
    void withTheDeclaredDenominatorTheProvinceIsAtElevenPointZeroNinePercent() {
        NodeResult province = snapshot(RollUpPolicy.defaults()).root();
        UptakeFormat vi = UptakeFormat.vietnamese();
        assertEquals("197.011", vi.count(province.count()));
        assertEquals(DECLARED, province.denominator().orElseThrow().count());
        assertEquals(ResolvedDenominator.Origin.DECLARED, province.denominator().orElseThrow().origin());
        assertEquals("11,09%", vi.percent(province.count(), province.denominator().orElseThrow().count(),
                province.rule().orElseThrow().threshold()));
        assertEquals(TargetStatus.NOT_MET, province.status());
        assertEquals("868.874", vi.count(province.gap()));
        assertEquals(15, province.freshLeaves());
        assertTrue(province.complete());
    }

    @Test
    void withTheCensusOfItsDistrictsItIsAtElevenPointSixSevenAndTheDisagreementIsFlagged() {
        Snapshot snap = snapshot(RollUpPolicy.defaults()
                .withDenominatorChoice(RollUpPolicy.DenominatorChoice.CHILDREN_SUM_FIRST));
        NodeResult province = snap.root();
        assertEquals(1_688_547, province.denominator().orElseThrow().count());
        assertEquals("sum-of-children", province.denominator().orElseThrow().source());
        assertEquals("11,67%", UptakeFormat.vietnamese().percent(province.count(),
                province.denominator().orElseThrow().count(), Threshold.SIXTY_PERCENT));
        List<Finding> findings = snap.findings();
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("denominator.mismatch", f.checkId());
        assertEquals("80", f.unitCode());
        assertTrue(f.messageEn().contains("differs by 87,927 people"), f.messageEn());
        assertTrue(f.messageVi().contains("lệch 87.927 người"), f.messageVi());
        // the same finding is there whichever denominator is shown
        assertEquals(findings, snapshot(RollUpPolicy.defaults()).findings());
    }

    @Test
    void everyDistrictGetsItsOwnRateAgainstItsCensusPopulation() {
        Snapshot snap = snapshot(RollUpPolicy.defaults());
        long sum = 0;
        for (NodeResult d : snap.children("80")) {
            sum += d.count();
            assertEquals("census-2019", d.denominator().orElseThrow().source());
            assertEquals(TargetStatus.NOT_MET, d.status());
        }
        assertEquals(INSTALLED, sum);
        NodeResult ducHoa = snap.node("802");
        assertEquals(315_711, ducHoa.denominator().orElseThrow().count());
    }
}
