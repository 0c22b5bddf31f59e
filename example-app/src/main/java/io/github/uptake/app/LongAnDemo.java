package io.github.uptake.app;

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
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.port.ReportStore;
import io.github.uptake.rollup.Apportionment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Long An demo data of 15/8/2020: the province and its 15 districts with their real codes and
 * names, 2019 census denominators, the province's declared denominator 1.776.474, the 60% target,
 * and one report per district whose sum is the province's 197.011 users.
 *
 * <p>The split of 197.011 among districts is illustrative (in proportion to the census, by largest
 * remainder); the sources are credited in {@code data/README.md} beside the CSV.
 */
public final class LongAnDemo {
    /** The day of the dispatch's figure. */
    public static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    /** The province's code (Long An, kept by Tây Ninh in 2025). */
    public static final String PROVINCE = "80";
    /** The denominator implied by the dispatch: 197.011 = 11,09% of it. */
    public static final long DECLARED_POPULATION = 1_776_474;
    /** Bluezone users in Long An on 15/8/2020. */
    public static final long INSTALLED = 197_011;

    private LongAnDemo() {
    }

    /**
     * Loads the demo data into the stores.
     *
     * @param reference  the reference store, not null
     * @param reports  the report store, not null
     */
    public static void load(ReferenceStore reference, ReportStore reports) {
        HierarchyVersion.Builder tree = HierarchyVersion.builder(Hierarchy.TERRITORIAL,
                        LocalDate.of(2020, 6, 1))
                .root(Unit.of(PROVINCE, UnitKind.PROVINCE, "Tỉnh Long An")
                        .withEnglishName("Long An Province"));
        reference.saveDenominator(new Denominator(PROVINCE, Segment.RESIDENTS, DECLARED_POPULATION,
                "ubnd-long-an-2020", DAY));
        List<String> codes = new ArrayList<>();
        List<Long> census = new ArrayList<>();
        for (String[] row : districts()) {
            tree.add(Unit.of(row[0], UnitKind.DISTRICT, row[1]), PROVINCE);
            long population = Long.parseLong(row[4]);
            reference.saveDenominator(new Denominator(row[0], Segment.RESIDENTS, population,
                    "census-2019", LocalDate.of(2019, 4, 1)));
            codes.add(row[0]);
            census.add(population);
        }
        reference.saveVersion(tree.build());
        reference.saveTargetRules(TargetRules.of(
                TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT)));
        long[] split = Apportionment.largestRemainder(INSTALLED,
                census.stream().mapToLong(Long::longValue).toArray());
        List<Report> batch = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            batch.add(new Report(codes.get(i), Segment.RESIDENTS, DAY, split[i],
                    Instant.parse("2020-08-15T08:30:00Z"), "UBND " + codes.get(i), "demo"));
        }
        reports.submitAll(batch);
    }

    private static List<String[]> districts() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = LongAnDemo.class.getResourceAsStream(
                "data/population_2019census_longan_districts.csv")) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                if (f[0].length() == 3) {
                    rows.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
