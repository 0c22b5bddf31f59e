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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes the Long An demo of 15/8/2020 by a documented, seeded process (seed 20200815).
 *
 * <p><b>Real</b> in the demo: the dispatch's 197.011 Bluezone users in Long An on 15/8/2020 and its
 * 11,09%, which implies the declared denominator 1.776.474; the 2019 census populations of the
 * districts and communes; Đức Huệ's own report of 18/8/2020, 5.658 users of 66.219 people,
 * published as 8,3%; the codes and names of the province, its 15 districts and 188 communes of
 * 2020 (and of the later trees, see {@link TayNinhReform}); the names of the organisations the
 * dispatch lists. <b>Everything else is illustrative</b>: how the 197.011 are shared among
 * districts and communes, every daily figure, every reporting time, the headcounts and figures of
 * the organisations and the app operator's count.
 *
 * <ul>
 *   <li>Units: the province (80), its 15 districts and 188 communes; the 2019 census as their
 *       denominators; the province's declared denominator 1.776.474.</li>
 *   <li>The figures of 15/8: the province's total is exactly 197.011 (11,09% of 1.776.474, 60% is
 *       868.874 away); Đức Huệ's communes hold 4.947 (7,50% of its census), the other 192.064
 *       are shared among the districts by an illustrative rate each and among communes by a seeded
 *       factor, with the largest-remainder method ({@link DemoShape}). The districts' rates run
 *       from 2,93% (Tân Hưng, remote on the border) to 26,41% (the city of Tân An).</li>
 *   <li>Growth from 20/7 to 18/8: each commune's curve goes through its figure of 15/8 and is
 *       steady, starts late, or rises then stops; after 15/8 most keep growing
 *       ({@link DemoGrowth}).</li>
 *   <li>Reporting: one commune in eight lags, skipping about a day in five, the others about a day
 *       in 25 (never 15/8, never more than two days in a row); one commune in ten habitually sends
 *       half of its reports after the 16:00 cut-off, the others one in 30 ({@link DemoGrowth}); one
 *       commune (27694) sends 10% too much on 14/8 at 8:30 and corrects it later that day.</li>
 *   <li>One data-quality problem of each kind: a fall (27697 on 12/8, 50 below its figure of
 *       11/8, having counted some users twice before); an outlier day (27700 adds 3.000 on 17/8); a
 *       silent commune (27715, nothing after 13/8, having reached its 15/8 figure that day); Đức
 *       Huệ (801) reporting its own 5.658 on 18/8, 304 above its communes' sum (5.354); the
 *       province's declared denominator against the census; the published "8,3%" for 5.658 /
 *       66.219 (8,54%); an enterprise counting more workers than it has. These four communes grow
 *       steadily and report every day, so that each problem is the only one in its unit.</li>
 *   <li>The sectoral tree of the dispatch with <b>illustrative</b> headcounts and figures
 *       ({@link DemoSectoral}), and the dispatch's target rules.</li>
 *   <li>An <b>illustrative</b> app-operator count for the province on 15/8, for
 *       reconciliation.</li>
 * </ul>
 *
 * <p>The random streams are split from one {@code SplittableRandom(SEED)} in this order: the
 * communes' factors, the curves, the reporting habits, the daily reports (skips and times), the
 * organisations' figures. This class is not instantiable; {@link #make()} is thread-safe.
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
    /** The seed of the demo's random streams. */
    public static final long SEED = 20200815;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int DAYS = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;
    private static final LocalDate CENSUS = LocalDate.of(2019, 4, 1);
    /** The communes that carry a data-quality problem: they grow steadily and report daily. */
    private static final Set<String> STEADY = Set.of("27694", "27697", "27700", "27715");

    private LongAnDemo() {
    }

    /**
     * Makes the demo data. Every call makes the same data.
     *
     * @return the demo data, not null
     */
    public static DemoData make() {
        SplittableRandom root = new SplittableRandom(SEED);
        SplittableRandom shapes = root.split();
        SplittableRandom curves = root.split();
        SplittableRandom habits = root.split();
        SplittableRandom reports = root.split();
        SplittableRandom organisations = root.split();
        HierarchyVersion.Builder tree = HierarchyVersion.builder(Hierarchy.TERRITORIAL,
                        LocalDate.of(2020, 6, 1))
                .root(Unit.of(PROVINCE, UnitKind.PROVINCE, "Tỉnh Long An")
                        .withEnglishName("Long An Province"));
        List<Denominator> dens = new ArrayList<>();
        dens.add(new Denominator(PROVINCE, Segment.RESIDENTS, DECLARED_POPULATION,
                "ubnd-long-an-2020", DAY));
        Map<String, Long> districts = new LinkedHashMap<>();
        for (String[] d : DemoCsv.rows("population_2019census_longan_districts.csv")) {
            if (d[0].length() == 3) {
                tree.add(Unit.of(d[0], UnitKind.DISTRICT, d[1]), PROVINCE);
                dens.add(new Denominator(d[0], Segment.RESIDENTS, Long.parseLong(d[4]),
                        "census-2019", CENSUS));
                districts.put(d[0], Long.parseLong(d[4]));
            }
        }
        List<String[]> communes = DemoCsv.rows("population_2019census_longan_communes.csv");
        for (String[] c : communes) {
            tree.add(Unit.of(c[0], UnitKind.COMMUNE, c[1]), c[2]);
            dens.add(new Denominator(c[0], Segment.RESIDENTS, Long.parseLong(c[4]), "census-2019",
                    CENSUS));
        }
        long[] onDay = DemoShape.onDay(districts, communes, shapes);
        Map<LocalDate, List<Report>> byDay = new LinkedHashMap<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            byDay.put(day, new ArrayList<>());
        }
        for (int i = 0; i < communes.size(); i++) {
            String code = communes.get(i)[0];
            DemoGrowth growth = DemoGrowth.draw(curves, habits, STEADY.contains(code));
            int skipped = 0;
            for (int t = 0; t < DAYS; t++) {
                LocalDate day = FIRST.plusDays(t);
                long v = problem(code, day, growth, onDay[i], t);
                if (v < 0 || growth.skips(reports, t, skipped)) {
                    skipped++;
                    continue;
                }
                skipped = 0;
                int minute = growth.minuteSent(reports);
                byDay.get(day).add(Report.of(code, Segment.RESIDENTS, day, v,
                        sent(day, minute / 60, minute % 60), "UBND xã " + code, "demo"));
            }
        }
        byDay.get(LAST).add(Report.of(DemoShape.DUC_HUE, Segment.RESIDENTS, LAST, 5_658,
                sent(LAST, 10, 0), "UBND huyện Đức Huệ", "duchue.longan.gov.vn"));
        DemoSectoral.Sectoral sectoral = DemoSectoral.make(organisations, byDay);
        dens.addAll(sectoral.denominators());
        List<Submission> submissions = new ArrayList<>();
        byDay.forEach((day, rs) -> submissions.add(new Submission("demo-" + day, "demo",
                "demo-loader", sent(day, 18, 0), rs, 0)));
        // a correction: 27694 sent 10% too much on 14/8 in the morning, corrected that evening
        LocalDate fourteenth = LocalDate.of(2020, 8, 14);
        Report right = byDay.get(fourteenth).stream()
                .filter(r -> r.unitCode().equals("27694")).findFirst().orElseThrow();
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
        return new DemoData(of2020, sectoral.tree(), dens, rules, submissions,
                List.of(new AuthoritativeCount(PROVINCE, Segment.RESIDENTS, DAY, 201_450,
                        "bluezone-operator (illustrative)")),
                List.of(new PublishedRate(DemoShape.DUC_HUE, Segment.RESIDENTS, LAST, 5_658,
                        66_219, "8,3%", "duchue.longan.gov.vn")),
                List.of(of2024, of2025),
                List.of(TayNinhReform.resolution1244(of2020, of2024).value(),
                        TayNinhReform.crosswalk(of2024, of2025).crosswalk().value()));
    }

    /**
     * Returns a commune's figure on a day with the demo's data-quality problems. 27697 counted
     * some users twice until 11/8: its figures before 12/8 are too high by the amount that makes
     * its figure of 12/8 fall by 50 from that of 11/8. 27700 adds 3.000 from 17/8. 27715 reaches
     * its figure of 15/8 on 13/8 and reports nothing after.
     *
     * @return the figure, or -1 for no report
     */
    private static long problem(String code, LocalDate day, DemoGrowth growth, long onDay, int t) {
        int twelfth = (int) (LocalDate.of(2020, 8, 12).toEpochDay() - FIRST.toEpochDay());
        int thirteenth = twelfth + 1;
        long v = growth.count(onDay, t);
        return switch (code) {
            case "27697" -> t >= twelfth ? v : v + growth.count(onDay, twelfth)
                    - growth.count(onDay, twelfth - 1) + 50;
            case "27700" -> day.isBefore(LocalDate.of(2020, 8, 17)) ? v : v + 3_000;
            case "27715" -> t > thirteenth ? -1 : growth.countReaching(onDay, t, thirteenth);
            default -> v;
        };
    }

    static Instant sent(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(VN).toInstant();
    }
}
