package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.app.web.UnitOverview;
import io.github.uptake.excel.ConsolidatedReport;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.rollup.LatestCounts;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.PartialRate;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import io.github.uptake.testing.PropertyCheck;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The rules every output of a report keeps, checked on each output as it is written: the text
 * report, CSV, JSON, the xlsx consolidated report (read back with POI, its number formats applied)
 * and the dashboard's HTML.
 */
class UnitReportTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    private static final Threshold BAND = UnitOverview.BANDS.get(0);
    private static final ConsolidatedReport.Header HEADER = new ConsolidatedReport.Header(
            "UBND TỈNH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "", "Long An", DAY, "ứng dụng Bluezone");
    /** How many shown rates the rule kept below a target that half-up would have reached. */
    private static final AtomicInteger CAPPED = new AtomicInteger();
    private static final AtomicInteger PARTIAL = new AtomicInteger();
    private static final AtomicInteger MISSING = new AtomicInteger();

    /**
     * A province P over districts over communes; denominators on the communes (a district's may
     * all be missing: a partial rate above it), counts a few people either side of the target or
     * of a rounding boundary below it, some communes silent, some districts with an own figure,
     * under any parent-figure policy, against 60%, 100%, the dashboard's 10% or a random target.
     */
    record Case(HierarchyVersion tree, List<Denominator> denominators, LatestCounts latest,
                Threshold target, RollUpPolicy policy, boolean vietnamese) {
        Snapshot snapshot() {
            return RollUp.of(tree, Segment.RESIDENTS, denominators,
                    TargetRules.of(TargetRule.of(Segment.RESIDENTS, target)), policy)
                    .snapshot(latest);
        }
    }

    static Case generate(SplittableRandom rnd) {
        Threshold[] common = {Threshold.SIXTY_PERCENT, Threshold.ALL, BAND};
        Threshold target = rnd.nextInt(4) < 3 ? common[rnd.nextInt(common.length)]
                : Threshold.of(1 + rnd.nextInt(999), 1_000 + rnd.nextInt(3));
        HierarchyVersion.Builder b = HierarchyVersion.builder("territorial", DAY.minusDays(30))
                .root(Unit.of("P", UnitKind.PROVINCE, "Tỉnh"));
        List<Denominator> dens = new ArrayList<>();
        LatestCountsPlan plan = new LatestCountsPlan();
        int districts = 1 + rnd.nextInt(3);
        for (int d = 1; d <= districts; d++) {
            String district = "D" + d;
            b.add(Unit.of(district, UnitKind.DISTRICT, "Huyện " + d), "P");
            boolean noDenominators = districts > 1 && rnd.nextInt(5) == 0;
            int communes = 1 + rnd.nextInt(4);
            long sum = 0;
            for (int c = 1; c <= communes; c++) {
                String code = "C" + d + c;
                b.add(Unit.of(code, UnitKind.COMMUNE, "Xã " + d + c), district);
                long den = rnd.nextBoolean() ? 100_000 : 1 + rnd.nextLong(2_000_000);
                long q = target.requiredCount(10_000);
                long count = switch (rnd.nextInt(3)) {
                    case 0 -> target.requiredCount(den) + rnd.nextLong(-3, 3);
                    case 1 -> (den * (2 * (q - rnd.nextLong(0, 2)) - 1) + 19_999) / 20_000
                            + rnd.nextLong(-2, 2);
                    default -> rnd.nextLong(0, den + 1);
                };
                count = Math.max(0, count);
                sum += count;
                if (!noDenominators) {
                    dens.add(new Denominator(code, Segment.RESIDENTS, den, "census-2019",
                            LocalDate.of(2019, 4, 1)));
                }
                if (rnd.nextInt(8) > 0) {
                    plan.add(code, count);
                }
            }
            if (rnd.nextInt(4) == 0) {
                plan.add(district, sum + rnd.nextLong(-5, 5) < 0 ? 0 : sum + rnd.nextLong(0, 5));
            }
        }
        HierarchyVersion tree = b.build();
        RollUpPolicy.ParentFigure[] choices = RollUpPolicy.ParentFigure.values();
        return new Case(tree, dens, plan.build(tree), target, RollUpPolicy.defaults()
                .withParentFigure(choices[rnd.nextInt(choices.length)]), rnd.nextBoolean());
    }

    /** The figures of a case, in the order generated. */
    private static final class LatestCountsPlan {
        private final List<Object[]> figures = new ArrayList<>();

        void add(String code, long count) {
            figures.add(new Object[] {code, count});
        }

        LatestCounts build(HierarchyVersion tree) {
            LatestCounts.Builder b = LatestCounts.builder(tree, DAY);
            for (Object[] f : figures) {
                b.offer((String) f[0], DAY, (Long) f[1]);
            }
            return b.build();
        }
    }

    @Test
    void aRateBelowItsTargetNeverPrintsOrDisplaysAsReachingItInAnyOutput() {
        int cases = PropertyCheck.forAll(UnitReportTest::generate).cases(200)
                .check("every-output-keeps-the-rounding-rule", c -> {
                    Snapshot snap = c.snapshot();
                    UnitReport report = UnitReport.of(snap, null, "P");
                    UptakeFormat f = c.vietnamese() ? UptakeFormat.vietnamese()
                            : UptakeFormat.english();
                    Map<String, String> text = textRates(report, f);
                    Map<String, String> csv = csvRates(report);
                    Map<String, String> json = jsonRates(report);
                    Map<String, String> xlsx = xlsxRates(snap);
                    Map<String, String> web = webRates(report, f);
                    for (UnitReport.Line l : report.lines()) {
                        NodeResult n = l.node();
                        Expected e = expected(n, c.target());
                        String code = n.code();
                        assertEquals(e.text(f), text.get(code), "text " + e + " " + code);
                        assertEquals(e.plain(), csv.get(code), "csv " + e + " " + code);
                        assertEquals(e.plain(), json.get(code), "json " + e + " " + code);
                        if (!code.equals("P")) {
                            assertEquals(e.text(UptakeFormat.english()), xlsx.get(code),
                                    "xlsx " + e + " " + code);
                        }
                        if (l.depth() == 1) {
                            Expected banded = e.banded(BAND);
                            assertEquals(banded.text(f), web.get(code), "dashboard " + e + " "
                                    + code);
                            banded.assertBelowWhereNotMet(web.get(code), BAND);
                        }
                        e.assertBelowWhereNotMet(text.get(code), c.target());
                        e.assertBelowWhereNotMet(csv.get(code), c.target());
                        e.assertBelowWhereNotMet(json.get(code), c.target());
                        e.count(CAPPED, PARTIAL, MISSING);
                    }
                    String headline = UnitOverview.headline(ReportTexts.of(f), report.top());
                    Matcher m = Pattern.compile("id=\"rate\">([^<]*)<").matcher(headline);
                    assertTrue(m.find(), headline);
                    assertEquals(expected(report.top().node(), c.target()).banded(BAND).text(f),
                            m.group(1), "dashboard headline");
                });
        if (cases >= 100) {
            assertTrue(CAPPED.get() > 0 && PARTIAL.get() > 0 && MISSING.get() > 0,
                    "the cases reach the rule (" + CAPPED + "), partial rates (" + PARTIAL
                            + ") and missing figures (" + MISSING + ")");
        }
    }

    /**
     * What a unit's rate must show, computed from the engine's figures with the core's formatter
     * alone: the rate, the partial rate (marked), or nothing.
     */
    record Expected(Long count, Long den, boolean partial, Threshold target,
                    List<Threshold> bands) {
        String text(UptakeFormat f) {
            if (count == null) {
                return UnitReport.MISSING;
            }
            return f.percent(hundredths(), 10_000) + (partial ? UnitReport.PARTIAL : "");
        }

        long hundredths() {
            long h = UptakeFormat.hundredthsOfPercent(count, den, target);
            for (Threshold b : bands) {
                h = Math.min(h, UptakeFormat.hundredthsOfPercent(count, den, b));
            }
            return h;
        }

        /** Returns the plain decimal of CSV and JSON, {@code 59.99}, or null. */
        String plain() {
            return count == null ? null : BigDecimal.valueOf(hundredths(), 2).toPlainString();
        }

        Expected banded(Threshold band) {
            return new Expected(count, den, partial, target, List.of(band));
        }

        /** Checks that a shown rate below a threshold reads below it. */
        void assertBelowWhereNotMet(String shown, Threshold t) {
            if (count == null || t.isMetBy(count, den)) {
                return;
            }
            BigDecimal value = new BigDecimal(shown.replace(UnitReport.PARTIAL, "")
                    .replace("%", "").replace(',', '.'));
            assertTrue(value.multiply(BigDecimal.valueOf(t.denominator())).compareTo(
                    BigDecimal.valueOf(t.numerator() * 100)) < 0, shown + " for " + count + "/"
                    + den + " reads as reaching " + t);
        }

        void count(AtomicInteger capped, AtomicInteger partials, AtomicInteger missing) {
            if (count == null) {
                missing.incrementAndGet();
                return;
            }
            if (partial) {
                partials.incrementAndGet();
            }
            if (!target.isMetBy(count, den) && UptakeFormat.hundredthsOfPercent(count, den)
                    * target.denominator() >= target.numerator() * 10_000) {
                capped.incrementAndGet();
            }
        }
    }

    private static Expected expected(NodeResult n, Threshold target) {
        boolean figure = n.freshLeaves() + n.staleLeaves() > 0
                || n.ownFigureUse() == io.github.uptake.rollup.OwnFigureUse.USED;
        if (figure && n.denominator().isPresent() && n.denominator().orElseThrow().count() > 0) {
            return new Expected(n.count(), n.denominator().orElseThrow().count(), false, target, List.of());
        }
        if (figure && n.partial().isPresent()) {
            PartialRate p = n.partial().get();
            return new Expected(p.coveredCount(), p.coveredDenominator(), true, target,
                    List.of());
        }
        return new Expected(null, null, false, target, List.of());
    }

    /** The rate column of the text report, by unit code. */
    private static Map<String, String> textRates(UnitReport report, UptakeFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TextReport.write(new PrintStream(out, true, StandardCharsets.UTF_8), ReportTexts.of(f),
                report);
        Map<String, String> rates = new HashMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            if (line.isBlank()) {
                break;
            }
            String code = line.strip().split(" ")[0];
            if (line.length() > 75 && report.snapshot().version().contains(code)) {
                // code and name take 39 columns, count and denominator 13 each, the rate 9
                rates.put(code, line.substring(66, 75).strip());
                String status = line.substring(75).strip();
                UnitReport.Line l = report.lines().stream().filter(x -> x.code().equals(code))
                        .findFirst().orElseThrow();
                assertTrue(status.startsWith(ReportTexts.of(f).status(l)), line);
            }
        }
        return rates;
    }

    private static Map<String, String> csvRates(UnitReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvReport.write(new PrintStream(out, true, StandardCharsets.UTF_8), report);
        Map<String, String> rates = new HashMap<>();
        try {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .get().parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
                String rate = r.get("rate_pct").isEmpty() ? r.get("partial_rate_pct")
                        : r.get("rate_pct");
                rates.put(r.get("code"), rate.isEmpty() ? null : rate);
                assertEquals(r.get("count").isEmpty(), "NO_FIGURE".equals(r.get("status")),
                        "a unit without a figure has no count: " + r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rates;
    }

    private static Map<String, String> jsonRates(UnitReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> rates = new HashMap<>();
        try {
            JsonReport.write(new PrintStream(out, true, StandardCharsets.UTF_8), report);
            for (JsonNode u : new ObjectMapper().readTree(out.toByteArray()).get("units")) {
                JsonNode rate = u.get("partial").isNull() ? u.get("ratePercent")
                        : u.get("partial").get("ratePercent");
                rates.put(u.get("code").asText(), rate.isNull() ? null
                        : rate.decimalValue().setScale(2).toPlainString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rates;
    }

    /** The rate cells of the consolidated report as Excel shows them, by unit code. */
    private static Map<String, String> xlsxRates(Snapshot snap) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> rates = new HashMap<>();
        try {
            ConsolidatedReport.write(snap, null, "P", HEADER, out);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                    out.toByteArray()))) {
                DataFormatter df = new DataFormatter(Locale.US);
                df.setUseCachedValuesForFormulaCells(true);
                for (int s = 0; s < 2; s++) {
                    Sheet sheet = wb.getSheetAt(s);
                    for (Row row : sheet) {
                        if (row.getRowNum() > 7 && row.getCell(0) != null
                                && row.getCell(5) != null && row.getCell(1) != null) {
                            rates.put(row.getCell(1).getStringCellValue(),
                                    df.formatCellValue(row.getCell(5)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rates;
    }

    /** The rate cells of the dashboard's table of units below, by unit code. */
    private static Map<String, String> webRates(UnitReport report, UptakeFormat f) {
        String html = UnitOverview.children(ReportTexts.of(f), report, DAY, Segment.RESIDENTS);
        Matcher m = Pattern.compile("<tr id=\"child-([^\"]+)\">.*?<td class=\"rate [a-z]+"
                + "(?: band-[a-z0-9-]+)?\">"
                + "([^<]*)</td>").matcher(html);
        Map<String, String> rates = new HashMap<>();
        while (m.find()) {
            rates.put(m.group(1), m.group(2));
        }
        return rates;
    }
}
