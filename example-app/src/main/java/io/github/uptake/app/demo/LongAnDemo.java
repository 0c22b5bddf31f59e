package io.github.uptake.app.demo;

import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.quality.PublishedRate;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.rollup.Apportionment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes the Long An demo of 15/8/2020 by a documented, seeded process (seed 20200815).
 *
 * <ul>
 *   <li>Units: the province (80), its 15 districts and 188 communes with their real codes and names;
 *       2019 census populations of districts and communes; the province's declared denominator
 *       1.776.474, the one the dispatch implies.</li>
 *   <li>Figures: 197.011 users on 15/8/2020 are split among communes in proportion to their census
 *       (largest remainder), so the province's total that day is exactly 197.011 (11,09%). Each
 *       commune grows linearly from 20/7 to its 15/8 figure, then by 2% of it a day to 18/8.</li>
 *   <li>Reality: every commune skips about one day in twenty (never 15/8); one in ten reports after
 *       the 16:00 cut-off; one commune (27694) sends 10% too much on 14/8 and corrects it that
 *       evening.</li>
 *   <li>One data-quality problem of each kind: a fall (27697 on 12/8); an outlier day (27700 on
 *       17/8); a silent commune (27715, nothing after 13/8, having reached its 15/8 figure); Đức Huệ
 *       (801) reporting its own 5.658 on 18/8, far from its communes' sum; the province's declared
 *       denominator against the census; the published "8,3%" for 5.658 / 66.219; an enterprise
 *       counting more workers than it has.</li>
 *   <li>The sectoral tree of the dispatch (departments, Fatherland Front and mass organisations,
 *       industrial zone enterprises, post and telecom, tax, treasury, social insurance, the State
 *       Bank branch and banks, public service centres), with <b>illustrative</b> headcounts and
 *       figures, and the dispatch's target rules.</li>
 *   <li>An <b>illustrative</b> app-operator count for the province on 15/8, for reconciliation.</li>
 * </ul>
 */
public final class LongAnDemo {
    /** The day of the dispatch's figure. */
    public static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    /** The first day of the demo's reports. */
    public static final LocalDate FIRST = LocalDate.of(2020, 7, 20);
    /** The last day of the demo's reports. */
    public static final LocalDate LAST = LocalDate.of(2020, 8, 18);
    /** The province's code. */
    public static final String PROVINCE = "80";
    /** The code of the sectoral tree's root: the Provincial People's Committee. */
    public static final String SECTORAL_ROOT = "UBND-LA";
    /** The denominator implied by the dispatch: 197.011 = 11,09% of it. */
    public static final long DECLARED_POPULATION = 1_776_474;
    /** Bluezone users in Long An on 15/8/2020. */
    public static final long INSTALLED = 197_011;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate CENSUS = LocalDate.of(2019, 4, 1);

    private LongAnDemo() {
    }

    /** Makes the demo data. */
    public static DemoData make() {
        SplittableRandom rnd = new SplittableRandom(20200815);
        HierarchyVersion.Builder tree = HierarchyVersion.builder(Hierarchy.TERRITORIAL,
                        LocalDate.of(2020, 6, 1))
                .root(Unit.of(PROVINCE, UnitKind.PROVINCE, "Tỉnh Long An")
                        .withEnglishName("Long An Province"));
        List<Denominator> dens = new ArrayList<>();
        dens.add(new Denominator(PROVINCE, Segment.RESIDENTS, DECLARED_POPULATION,
                "ubnd-long-an-2020", DAY));
        for (String[] d : DemoCsv.rows("population_2019census_longan_districts.csv")) {
            if (d[0].length() == 3) {
                tree.add(Unit.of(d[0], UnitKind.DISTRICT, d[1]), PROVINCE);
                dens.add(new Denominator(d[0], Segment.RESIDENTS, Long.parseLong(d[4]),
                        "census-2019", CENSUS));
            }
        }
        List<String> communes = new ArrayList<>();
        List<Long> census = new ArrayList<>();
        for (String[] c : DemoCsv.rows("population_2019census_longan_communes.csv")) {
            tree.add(Unit.of(c[0], UnitKind.COMMUNE, c[1]), c[2]);
            dens.add(new Denominator(c[0], Segment.RESIDENTS, Long.parseLong(c[4]), "census-2019",
                    CENSUS));
            communes.add(c[0]);
            census.add(Long.parseLong(c[4]));
        }
        long[] onDay = Apportionment.largestRemainder(INSTALLED,
                census.stream().mapToLong(Long::longValue).toArray());
        int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;
        int dayIndex = (int) (DAY.toEpochDay() - FIRST.toEpochDay());
        Map<LocalDate, List<Report>> byDay = new LinkedHashMap<>();
        for (int d = 0; d < days; d++) {
            byDay.put(FIRST.plusDays(d), new ArrayList<>());
        }
        for (int i = 0; i < communes.size(); i++) {
            String code = communes.get(i);
            for (int d = 0; d < days; d++) {
                LocalDate day = FIRST.plusDays(d);
                long v = d <= dayIndex ? onDay[i] * (d + 1) / (dayIndex + 1)
                        : onDay[i] + onDay[i] * 2 * (d - dayIndex) / 100;
                if (code.equals("27697") && day.equals(LocalDate.of(2020, 8, 12))) {
                    v -= 50;
                }
                if (code.equals("27700") && !day.isBefore(LocalDate.of(2020, 8, 17))) {
                    v += 3_000;
                }
                if (code.equals("27715")) {
                    if (day.isAfter(LocalDate.of(2020, 8, 13))) {
                        continue;
                    }
                    if (day.equals(LocalDate.of(2020, 8, 13))) {
                        v = onDay[i];
                    }
                }
                boolean skip = d != dayIndex && rnd.nextInt(20) == 0
                        && !code.equals("27715") && !code.equals("27697")
                        && !code.equals("27700") && !code.equals("27694");
                if (skip) {
                    continue;
                }
                int hour = rnd.nextInt(10) == 0 ? 17 : 9 + rnd.nextInt(6);
                byDay.get(day).add(Report.of(code, Segment.RESIDENTS, day, v,
                        sent(day, hour, rnd.nextInt(60)), "UBND xã " + code, "demo"));
            }
        }
        byDay.get(LocalDate.of(2020, 8, 18)).add(Report.of("801", Segment.RESIDENTS,
                LocalDate.of(2020, 8, 18), 5_658, sent(LocalDate.of(2020, 8, 18), 10, 0),
                "UBND huyện Đức Huệ", "duchue.longan.gov.vn"));
        Sectoral sectoral = sectoral(rnd, byDay);
        dens.addAll(sectoral.denominators);
        List<Submission> submissions = new ArrayList<>();
        byDay.forEach((day, reports) -> submissions.add(new Submission("demo-" + day, "demo",
                "demo-loader", sent(day, 18, 0), reports, 0)));
        // a correction: 27694 sent 10% too much on 14/8 in the morning, corrected that evening
        LocalDate fourteenth = LocalDate.of(2020, 8, 14);
        Report right = submissions.get((int) (fourteenth.toEpochDay() - FIRST.toEpochDay()))
                .reports().stream().filter(r -> r.unitCode().equals("27694")).findFirst()
                .orElseThrow();
        submissions.add(0, new Submission("demo-2020-08-14-first", "demo", "demo-loader",
                sent(fourteenth, 9, 0), List.of(Report.of("27694", Segment.RESIDENTS, fourteenth,
                right.count() + right.count() / 10, sent(fourteenth, 8, 30), right.reporter(),
                "demo")), 0));
        TargetRules rules = TargetRules.of(
                TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT),
                TargetRule.of(Segment.STAFF, Threshold.ALL),
                TargetRule.of(Segment.WORKERS, Threshold.ALL),
                TargetRule.of(Segment.VISITORS, Threshold.ALL),
                TargetRule.of(Segment.QUARANTINED, Threshold.ALL));
        HierarchyVersion of2020 = tree.build();
        HierarchyVersion of2024 = TayNinhReform.tree2024(of2020);
        HierarchyVersion of2025 = TayNinhReform.tree2025();
        return new DemoData(of2020, sectoral.tree, dens, rules, submissions,
                List.of(new AuthoritativeCount(PROVINCE, Segment.RESIDENTS, DAY, 201_450,
                        "bluezone-operator (illustrative)")),
                List.of(new PublishedRate("801", Segment.RESIDENTS, LocalDate.of(2020, 8, 18), 5_658,
                        66_219, "8,3%", "duchue.longan.gov.vn")),
                List.of(of2024, of2025),
                List.of(TayNinhReform.resolution1244(of2020, of2024).value(),
                        TayNinhReform.crosswalk(of2024, of2025).crosswalk().value()));
    }

    private record Sectoral(HierarchyVersion tree, List<Denominator> denominators) {
    }

    /** The organisations of the dispatch, with illustrative headcounts and figures. */
    private static Sectoral sectoral(SplittableRandom rnd, Map<LocalDate, List<Report>> byDay) {
        HierarchyVersion.Builder b = HierarchyVersion.builder(Hierarchy.SECTORAL,
                        LocalDate.of(2020, 6, 1))
                .root(Unit.of(SECTORAL_ROOT, UnitKind.GROUP, "UBND tỉnh Long An (các ngành)"));
        List<Denominator> dens = new ArrayList<>();
        String[][] groups = {
            {"SO-NGANH", "Các sở, ban, ngành tỉnh"},
            {"MTTQ-DT", "Mặt trận Tổ quốc và các đoàn thể"},
            {"KCN", "Doanh nghiệp trong khu, cụm công nghiệp"},
            {"BCVT", "Doanh nghiệp bưu chính, viễn thông"},
            {"TC-NH", "Thuế, kho bạc, bảo hiểm xã hội, ngân hàng"},
            {"HCC", "Trung tâm phục vụ hành chính công"},
        };
        for (String[] g : groups) {
            b.add(Unit.of(g[0], UnitKind.GROUP, g[1]), SECTORAL_ROOT);
        }
        Object[][] units = {
            {"SO-TTTT", "Sở Thông tin và Truyền thông", UnitKind.DEPARTMENT, "SO-NGANH",
                Segment.STAFF, 120},
            {"SO-YTE", "Sở Y tế", UnitKind.DEPARTMENT, "SO-NGANH", Segment.STAFF, 340},
            {"SO-GDDT", "Sở Giáo dục và Đào tạo", UnitKind.DEPARTMENT, "SO-NGANH",
                Segment.STAFF, 210},
            {"SO-KHDT", "Sở Kế hoạch và Đầu tư", UnitKind.DEPARTMENT, "SO-NGANH",
                Segment.STAFF, 95},
            {"MTTQ-LA", "Ủy ban Mặt trận Tổ quốc tỉnh", UnitKind.ASSOCIATION, "MTTQ-DT",
                Segment.MEMBERS, 1_200},
            {"DTN-LA", "Tỉnh đoàn Long An", UnitKind.ASSOCIATION, "MTTQ-DT", Segment.MEMBERS,
                45_000},
            {"HLHPN-LA", "Hội Liên hiệp Phụ nữ tỉnh", UnitKind.ASSOCIATION, "MTTQ-DT",
                Segment.MEMBERS, 60_000},
            {"DN-KCN-001", "Công ty may mặc KCN Long Hậu", UnitKind.ENTERPRISE, "KCN",
                Segment.WORKERS, 4_500},
            {"DN-KCN-002", "Công ty giày da KCN Đức Hòa", UnitKind.ENTERPRISE, "KCN",
                Segment.WORKERS, 3_200},
            {"DN-KCN-003", "Công ty điện tử KCN Tân Đức", UnitKind.ENTERPRISE, "KCN",
                Segment.WORKERS, 1_800},
            {"VNPT-LA", "VNPT Long An", UnitKind.ENTERPRISE, "BCVT", Segment.CUSTOMERS, 0},
            {"VIETTEL-LA", "Viettel Long An", UnitKind.ENTERPRISE, "BCVT", Segment.CUSTOMERS, 0},
            {"BUUDIEN-LA", "Bưu điện tỉnh Long An", UnitKind.ENTERPRISE, "BCVT",
                Segment.CUSTOMERS, 0},
            {"CUCTHUE-LA", "Cục Thuế tỉnh", UnitKind.DEPARTMENT, "TC-NH",
                Segment.CITIZENS_SERVED, 0},
            {"KBNN-LA", "Kho bạc Nhà nước tỉnh", UnitKind.DEPARTMENT, "TC-NH",
                Segment.CITIZENS_SERVED, 0},
            {"BHXH-LA", "Bảo hiểm xã hội tỉnh", UnitKind.DEPARTMENT, "TC-NH",
                Segment.CITIZENS_SERVED, 0},
            {"NHNN-LA", "Ngân hàng Nhà nước – Chi nhánh Long An", UnitKind.BANK, "TC-NH",
                Segment.CITIZENS_SERVED, 0},
            {"TTHCC-LA", "Trung tâm Phục vụ hành chính công tỉnh", UnitKind.SERVICE_CENTRE, "HCC",
                Segment.VISITORS, 2_000},
        };
        for (Object[] u : units) {
            String code = (String) u[0];
            b.add(Unit.of(code, (UnitKind) u[2], (String) u[1]), (String) u[3]);
            Segment segment = (Segment) u[4];
            long headcount = ((Number) u[5]).longValue();
            if (headcount > 0) {
                dens.add(new Denominator(code, segment, headcount, "illustrative",
                        LocalDate.of(2020, 8, 1)));
            }
            long base = headcount > 0 ? headcount / 3 : 500 + rnd.nextInt(1_000);
            for (LocalDate day = LocalDate.of(2020, 8, 10); !day.isAfter(LAST);
                 day = day.plusDays(1)) {
                long t = day.toEpochDay() - LocalDate.of(2020, 8, 10).toEpochDay();
                long v = headcount > 0 ? Math.min(headcount, base + headcount * t / 20)
                        : base + 150 * t;
                if (code.equals("DN-KCN-003") && day.equals(LAST)) {
                    v = headcount + 120;
                }
                byDay.get(day).add(Report.of(code, segment, day, v, sent(day, 10, 0),
                        (String) u[1], "demo"));
            }
        }
        return new Sectoral(b.build(), dens);
    }

    private static Instant sent(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(VN).toInstant();
    }
}
