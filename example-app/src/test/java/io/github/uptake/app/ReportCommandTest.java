package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.excel.ConsolidatedReport;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uptake report} in every format, on the field cases 12 (a rate that rounds up to its
 * target) and 14 (districts that send only their totals), with {@code --parent-figures},
 * {@code --carry-forward}, partial denominators, missing figures and text that would start a
 * formula.
 */
class ReportCommandTest {
    private static final Path CASES = Path.of("src", "test", "resources", "cases");
    /** The code of a district of Long An, 794 to 808. */
    private static final String DISTRICT = "(79[4-9]|80[0-8])";
    @TempDir
    static Path shared;
    private static Path demo;
    private static int next;
    @TempDir
    Path dir;
    private Path db;
    private final AppRun app = new AppRun();

    @BeforeAll
    static void demoDatabase() {
        demo = Databases.make(shared, "demo", "demo");
    }

    @BeforeEach
    void freshDatabase() throws Exception {
        db = Databases.copy(demo, dir, "db-" + ++next);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(db.toString());
        return app.run(all.toArray(String[]::new));
    }

    private String out() {
        return app.out();
    }

    private static String line(String text, String code) {
        return text.lines().map(String::strip).filter(l -> l.startsWith(code + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + code + " in\n" + text));
    }

    private static Map<String, CSVRecord> csv(String text) throws Exception {
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(text))) {
            rows.put(r.get("code"), r);
        }
        return rows;
    }

    private static Map<String, JsonNode> units(JsonNode doc) {
        Map<String, JsonNode> out = new HashMap<>();
        doc.get("units").forEach(u -> out.put(u.get("code").asText(), u));
        return out;
    }

    /** Returns every cell of a sheet as Excel shows it (stored results of formulas). */
    private static List<List<String>> shown(Sheet sheet) {
        DataFormatter f = new DataFormatter(Locale.US);
        f.setUseCachedValuesForFormulaCells(true);
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : f.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> row(List<List<String>> rows, String code) {
        return rows.stream().filter(r -> r.size() > 2 && r.get(1).equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code + " in " + rows));
    }

    // ---- field case 12 ----------------------------------------------------------------------

    @Test
    void fieldCase12EveryOutputShowsBelowSixtyPercentNextToNotMetNever60() throws Exception {
        Path c = CASES.resolve("12-rate-rounds-up-to-target");
        for (String kind : List.of("units", "denominators", "reports")) {
            assertEquals(0, run("load", kind, c.resolve(kind + ".csv").toString(), "--lang",
                    "en"), app.err());
        }
        assertEquals(0, run("report", "--unit", "T", "--date", "2020-08-19"));
        String vi = out();
        for (String code : List.of("T", "T1", "T2")) {
            assertTrue(line(vi, code).contains("59,99%  chưa đạt"), line(vi, code));
        }
        assertFalse(vi.contains("60,00%"), vi);
        assertEquals(0, run("report", "--unit", "T", "--date", "2020-08-19", "--lang", "en"));
        assertTrue(line(out(), "T1").contains("59.99%  not met"), out());
        assertFalse(out().contains("60.00%"), out());

        assertEquals(0, run("report", "--unit", "T", "--date", "2020-08-19", "--format", "csv"));
        Map<String, CSVRecord> rows = csv(out());
        for (String code : List.of("T", "T1", "T2")) {
            assertEquals("59.99", rows.get(code).get("rate_pct"), code);
            assertEquals("NOT_MET", rows.get(code).get("status"), code);
        }
        assertEquals("8", rows.get("T").get("gap"), "ceil(0,6 x 200.000) - 119.992");

        assertEquals(0, run("report", "--unit", "T", "--date", "2020-08-19", "--format",
                "json"));
        Map<String, JsonNode> json = units(new ObjectMapper().readTree(out()));
        for (String code : List.of("T", "T1", "T2")) {
            assertEquals("59.99", json.get(code).get("ratePercent").decimalValue()
                    .toPlainString(), code);
            assertEquals("NOT_MET", json.get(code).get("status").asText(), code);
        }

        Path xlsx = dir.resolve("t.xlsx");
        assertEquals(0, run("report", "--unit", "T", "--date", "2020-08-19", "--format", "xlsx",
                "--out", xlsx.toString()));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<List<String>> sheet = shown(wb.getSheetAt(0));
            for (String code : List.of("T1", "T2")) {
                assertEquals("59.99%", row(sheet, code).get(5), code);
                assertEquals("Chưa đạt", row(sheet, code).get(6), code);
            }
            List<String> total = sheet.stream().filter(r -> r.size() > 5
                    && r.get(2).equals("TỔNG CỘNG")).findFirst().orElseThrow();
            assertEquals(List.of("119,992", "200,000", "59.99%"), total.subList(3, 6),
                    "the total's formula keeps the rule, and stores its result");
            assertTrue(sheet.stream().flatMap(List::stream).noneMatch(s -> s.contains("60.00%")),
                    sheet.toString());
        }
    }

    // ---- field case 14 ----------------------------------------------------------------------

    private void importDistrictTotals() {
        Path c = CASES.resolve("14-district-totals-only");
        for (int d = 19; d <= 23; d++) {
            assertEquals(0, run("import", c.resolve("province_district-totals_2020-08-" + d
                    + ".xlsx").toString(), "--date", "2020-08-" + d), app.err());
        }
    }

    @Test
    void fieldCase14WithOwnWhenChildrenMissingTheProvinceIsTheDistrictsTotalsMarkedAsOwnFigures()
            throws Exception {
        importDistrictTotals();
        // on 21/8 the communes' figures of 18/8 still count for 3 days: from 22/8, or with a
        // window of 2 days, none of a district's communes has a current figure
        String[][] runs = {{"2020-08-21", "--carry-forward", "2"}, {"2020-08-22"},
            {"2020-08-23"}};
        for (String[] r : runs) {
            List<String> args = new ArrayList<>(List.of("report", "--unit", "80", "--date",
                    r[0], "--parent-figures", "own-when-children-missing", "--lang", "en"));
            args.addAll(List.of(r).subList(1, r.length));
            assertEquals(0, run(args.toArray(String[]::new)), app.err());
            String text = out();
            assertTrue(text.contains("--parent-figures own-when-children-missing"), text);
            assertTrue(line(text, "801").contains("own figure used"), line(text, "801"));
            assertTrue(line(text, "27898").contains("–  no figure"), line(text, "27898"));
            assertTrue(text.contains("Parents' own figures used in place of the sum of their"
                    + " units below:"), text);
            assertEquals(15, text.lines().filter(l -> l.matches("    " + DISTRICT
                    + " .*: [0-9,]+ \\(units below: –\\)")).count(), text);
            assertFalse(line(text, "80").contains("without a figure"), line(text, "80"));

            args.addAll(List.of("--format", "csv"));
            assertEquals(0, run(args.toArray(String[]::new)));
            Map<String, CSVRecord> rows = csv(out());
            long districts = 0;
            for (int code = 794; code <= 808; code++) {
                CSVRecord d = rows.get(Integer.toString(code));
                assertEquals("USED", d.get("own_figure_use"), d.toString());
                assertEquals(d.get("own_figure"), d.get("count"), d.toString());
                districts += Long.parseLong(d.get("count"));
            }
            assertEquals(Long.toString(districts), rows.get("80").get("count"),
                    "the province is the sum of the districts' own totals");
            assertEquals("0", rows.get("80").get("missing_leaves"), "covered, not missing");
            assertEquals("", rows.get("27898").get("count"));
            assertEquals("NO_FIGURE", rows.get("27898").get("status"));
        }
        assertEquals(0, run("report", "--unit", "80", "--date", "2020-08-22",
                "--parent-figures", "own-when-children-missing", "--format", "json"));
        JsonNode doc = new ObjectMapper().readTree(out());
        assertEquals("own-when-children-missing", doc.get("parentFigures").asText());
        assertEquals(15, doc.get("ownFigures").size());
        doc.get("ownFigures").forEach(o -> assertEquals("USED", o.get("use").asText()));
        assertEquals("USED", units(doc).get("801").get("ownFigureUse").asText());
        assertTrue(units(doc).get("27898").get("count").isNull());

        Path xlsx = dir.resolve("p.xlsx");
        assertEquals(0, run("report", "--unit", "80", "--date", "2020-08-22",
                "--parent-figures", "own-when-children-missing", "--format", "xlsx", "--out",
                xlsx.toString()));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet districts = wb.getSheet("Huyện, thị xã, thành phố");
            Row ducHue = null;
            for (Row r : districts) {
                if (r.getCell(1) != null && "801".equals(r.getCell(1).getStringCellValue())) {
                    ducHue = r;
                }
            }
            assertEquals(IndexedColors.LIGHT_TURQUOISE.getIndex(), ducHue.getCell(3)
                    .getCellStyle().getFillForegroundColor(), "the own figure is marked");
            assertTrue(ducHue.getCell(10).getStringCellValue().startsWith("Số riêng của đơn vị"),
                    ducHue.getCell(10).getStringCellValue());
            List<List<String>> notes = shown(wb.getSheet(ConsolidatedReport.NOTES_SHEET));
            assertEquals(15, notes.stream().filter(r -> r.size() > 4
                    && r.get(4).equals("Số riêng")).count(), notes.toString());
        }
    }

    @Test
    void fieldCase14WithTheDefaultTheReportSaysWhichOwnFiguresItSetAsideNeverZeroWithoutAWord()
            throws Exception {
        importDistrictTotals();
        assertEquals(0, run("report", "--unit", "80", "--date", "2020-08-21", "--lang", "en"));
        String text = out();
        assertTrue(text.contains("Parents' own figures set aside (the sum of their units below"
                + " is used):"), text);
        assertTrue(line(text, "801").contains("own figure 8,641 set aside"), line(text, "801"));
        assertTrue(text.contains("    801 Huyện Đức Huệ: own figure 8,641, sum of its units"
                + " below 5,354"), text);

        // from 22/8 the communes' figures no longer count: the province has none, and says so
        assertEquals(0, run("report", "--unit", "80", "--date", "2020-08-22", "--lang", "en"));
        text = out();
        String province = line(text, "80");
        assertTrue(province.matches("80 +Tỉnh Long An +– +1,776,474 +– +no figure +188 below"
                + " without a figure"), province);
        assertEquals(15, text.lines().filter(l -> l.matches("    " + DISTRICT
                + " .*: own figure [0-9,]+, sum of its units below –")).count(), text);
        assertEquals(0, run("report", "--unit", "80", "--date", "2020-08-22", "--format",
                "csv"));
        Map<String, CSVRecord> rows = csv(out());
        assertEquals("", rows.get("80").get("count"), "never 0");
        assertEquals("NO_FIGURE", rows.get("80").get("status"));
        assertEquals("188", rows.get("80").get("missing_leaves"));
        assertEquals("SET_ASIDE", rows.get("801").get("own_figure_use"));
        assertEquals(0, run("report", "--unit", "80", "--date", "2020-08-22", "--format",
                "json"));
        JsonNode doc = new ObjectMapper().readTree(out());
        assertTrue(units(doc).get("80").get("count").isNull());
        assertEquals(15, doc.get("ownFigures").size());
        doc.get("ownFigures").forEach(o -> assertEquals("SET_ASIDE", o.get("use").asText()));
    }

    // ---- --carry-forward, missing --------------------------------------------------------------

    @Test
    void carryForwardSetsHowLongAFigureCountsAndAMissingOneIsADashNeverZero() throws Exception {
        assertEquals(0, run("report", "--unit", "80", "--date", "2020-08-18", "--format",
                "csv"));
        Map<String, CSVRecord> three = csv(out());
        assertEquals(0, run("report", "--unit", "80", "--date", "2020-08-18", "--format", "csv",
                "--carry-forward", "0"));
        Map<String, CSVRecord> zero = csv(out());
        assertEquals("", three.get("27715").get("count"), "silent for more than 3 days");
        assertEquals("NO_FIGURE", three.get("27715").get("status"));
        assertEquals("", three.get("27715").get("rate_pct"));
        assertEquals("7848", three.get("27715").get("denominator"));
        int staleBefore = Integer.parseInt(three.get("80").get("stale_leaves"));
        int missingBefore = Integer.parseInt(three.get("80").get("missing_leaves"));
        int missingAfter = Integer.parseInt(zero.get("80").get("missing_leaves"));
        assertTrue(staleBefore > 0, "some communes' figures of earlier days count on 18/8");
        assertEquals("0", zero.get("80").get("stale_leaves"));
        assertEquals(missingBefore + staleBefore, missingAfter, "carried figures are missing");
        assertEquals(0, run("report", "--unit", "794", "--date", "2020-08-18"));
        String text = out();
        assertTrue(line(text, "27715").matches("27715 +Phường Khánh Hậu +– +7\\.848 +– +không có"
                + " số"), line(text, "27715"));
        assertTrue(text.contains("(--carry-forward 3)"), text);
        assertEquals(0, run("report", "--unit", "794", "--date", "2020-08-18", "--format",
                "json", "--carry-forward", "0"));
        JsonNode doc = new ObjectMapper().readTree(out());
        assertEquals(0, doc.get("carryForwardDays").asInt());
        assertTrue(units(doc).get("27715").get("count").isNull());
        assertTrue(units(doc).get("27715").get("ratePercent").isNull());
    }

    @Test
    void badValuesOfTheRollUpOptionsAreUsageErrors() {
        assertEquals(64, run("report", "--unit", "80", "--date", "2020-08-15",
                "--parent-figures", "district"));
        assertTrue(app.err().contains("--parent-figures must be children, own or"
                + " own-when-children-missing, was district"), app.err());
        assertEquals(64, run("report", "--unit", "80", "--date", "2020-08-15",
                "--carry-forward", "-1"));
        assertTrue(app.err().contains("--carry-forward must be a number of days from 0 to 3660"),
                app.err());
        assertEquals(64, run("report", "--unit", "80", "--date", "2020-08-15",
                "--carry-forward", "three"));
        assertEquals(0, run("report", "--help"));
        assertTrue(out().contains("--parent-figures children|own|own-when-children-missing"));
        assertTrue(out().contains("--carry-forward N"));
    }

    // ---- partial denominators, formula text ---------------------------------------------------

    /**
     * Stores a district of two communes with a denominator and one without, with a 60% target,
     * names from users that would start formulas, and a figure for each on 19/8/2020.
     */
    private void storeDistrictWithAPartialDenominator() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + db.toAbsolutePath());
        ds.setUser("sa");
        ds.setPassword("");
        JdbcStorage s = JdbcStorage.open(ds, JdbcOptions.defaults());
        LocalDate from = LocalDate.of(2020, 8, 1);
        s.referenceStore().saveVersion(HierarchyVersion.builder("partial-test", from)
                .root(Unit.of("Q", UnitKind.DISTRICT, "=HYPERLINK(\"http://x\",\"Huyện\")"))
                .add(Unit.of("Q1", UnitKind.COMMUNE, "+Xã Một"), "Q")
                .add(Unit.of("Q2", UnitKind.COMMUNE, "@Xã Hai"), "Q")
                .add(Unit.of("Q3", UnitKind.COMMUNE, "-Xã Ba"), "Q")
                .build());
        s.referenceStore().saveDenominator(new Denominator("Q1", Segment.RESIDENTS, 100_000,
                "=1+1", from));
        s.referenceStore().saveDenominator(new Denominator("Q2", Segment.RESIDENTS, 100_000,
                "census-2019", from));
        LocalDate day = LocalDate.of(2020, 8, 19);
        Instant sent = Instant.parse("2020-08-19T09:00:00Z");
        for (String[] r : new String[][] {{"Q1", "59996"}, {"Q2", "60000"}, {"Q3", "1234"}}) {
            s.reportStore().submit(Report.of(r[0], Segment.RESIDENTS, day, Long.parseLong(r[1]),
                    sent, "clerk", null));
        }
        assertEquals(Threshold.SIXTY_PERCENT, s.referenceStore().targetRules().ruleFor(
                Segment.RESIDENTS, UnitKind.DISTRICT).map(TargetRule::threshold).orElseThrow(),
                "the demo's target");
    }

    @Test
    void aUnitWithAPartialDenominatorShowsTheRateOverTheCoveredUnitsMarkedInEveryOutput()
            throws Exception {
        storeDistrictWithAPartialDenominator();
        // Q: 119.996 of the 200.000 covered = 59,998%: 59,99%, partial; Q3 has no denominator
        assertEquals(0, run("report", "--unit", "Q", "--date", "2020-08-19", "--lang", "en"));
        String text = out();
        assertTrue(line(text, "Q").matches("Q +=HYPERLINK.* +121,230 +– +59\\.99%\\* +no"
                + " denominator +\\* partial rate: 1 below without a denominator"), line(text, "Q"));
        assertTrue(line(text, "Q3").matches("Q3 +-Xã Ba +1,234 +– +– +no denominator"),
                line(text, "Q3"));
        assertTrue(text.contains("* Partial rates, over the units that have a denominator:"),
                text);
        assertTrue(text.contains("  Q =HYPERLINK(\"http://x\",\"Huyện\"): 59.99%* = 119,996 /"
                + " 200,000; units without a denominator: 1"), text);
        assertTrue(text.contains("Findings about denominators:"), text);
        assertTrue(text.contains("Q has no full denominator: 1 of its units have none (Q3 -Xã"
                + " Ba)"), text);

        assertEquals(0, run("report", "--unit", "Q", "--date", "2020-08-19", "--format", "csv"));
        Map<String, CSVRecord> rows = csv(out());
        CSVRecord q = rows.get("Q");
        assertEquals("", q.get("rate_pct"));
        assertEquals("", q.get("denominator"), "missing is an empty field, never 0");
        assertEquals("59.99", q.get("partial_rate_pct"));
        assertEquals("119996", q.get("covered_count"));
        assertEquals("200000", q.get("covered_denominator"));
        assertEquals("1", q.get("units_without_denominator"));
        // text from users never starts a formula when a spreadsheet opens the file
        assertEquals("'=HYPERLINK(\"http://x\",\"Huyện\")", q.get("name"));
        assertEquals("'+Xã Một", rows.get("Q1").get("name"));
        assertEquals("'=1+1", rows.get("Q1").get("denominator_source"));
        assertEquals("'@Xã Hai", rows.get("Q2").get("name"));
        assertEquals("'-Xã Ba", rows.get("Q3").get("name"));

        assertEquals(0, run("report", "--unit", "Q", "--date", "2020-08-19", "--format",
                "json"));
        JsonNode doc = new ObjectMapper().readTree(out());
        JsonNode qj = units(doc).get("Q");
        assertTrue(qj.get("ratePercent").isNull());
        assertTrue(qj.get("denominator").isNull());
        assertEquals("59.99", qj.get("partial").get("ratePercent").decimalValue().toPlainString());
        assertEquals(1, qj.get("partial").get("unitsWithoutDenominator").asInt());
        assertEquals("denominator.partial", doc.get("findings").get(0).get("check").asText());

        Path xlsx = dir.resolve("q.xlsx");
        assertEquals(0, run("report", "--unit", "Q", "--date", "2020-08-19", "--format", "xlsx",
                "--out", xlsx.toString()));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<List<String>> sheet = shown(wb.getSheetAt(0));
            assertEquals(List.of("1,234", "–", "–"), row(sheet, "Q3").subList(3, 6));
            List<String> total = sheet.stream().filter(r -> r.size() > 5
                    && r.get(2).equals("TỔNG CỘNG")).findFirst().orElseThrow();
            assertEquals(List.of("121,230", "200,000", "59.99%*"), total.subList(3, 6),
                    "the total's rate is over the communes with a denominator, marked");
            assertEquals("'+Xã Một", row(sheet, "Q1").get(2));
            String notes = shown(wb.getSheet(ConsolidatedReport.NOTES_SHEET)).toString();
            assertTrue(notes.contains("Q3 -Xã Ba"), notes);
        }
    }

    // ---- the written report (docx) ----------------------------------------------------------

    /** Returns every paragraph of a Word document, those of its tables' cells included. */
    private static List<String> paragraphs(Path docx) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            doc.getParagraphs().forEach(p -> out.add(p.getText()));
            for (XWPFTable t : doc.getTables()) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs()
                        .forEach(p -> out.add(p.getText()))));
            }
        }
        return out;
    }

    /** Returns the rows of a Word document's table of units, each as its cells. */
    private static List<List<String>> unitRows(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getTables().get(1).getRows().stream().map(r -> r.getTableCells().stream()
                    .map(c -> c.getText()).toList()).toList();
        }
    }

    @Test
    void docxIsTheDepartmentsWrittenReportWithTheSentenceOfTheDispatch() throws Exception {
        Path docx = dir.resolve("bao-cao.docx");
        assertEquals(0, run("report", "--unit", "80", "--date", "2020-08-15", "--format", "docx",
                "--out", docx.toString()), app.err());
        assertTrue(out().contains("Wrote " + docx), out());
        List<String> text = paragraphs(docx);
        for (String header : List.of("UBND TỈNH LONG AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Long An, ngày 15 tháng 8 năm 2020",
                "BÁO CÁO", "Kính gửi: Ủy ban nhân dân tỉnh Long An.", "GIÁM ĐỐC")) {
            assertTrue(text.contains(header), header + " in " + text);
        }
        assertTrue(text.stream().anyMatch(t -> t.matches("Số: +/BC-STTTT")), text.toString());
        assertTrue(text.contains("Tính đến ngày 15/8/2020, số lượng người dùng ứng dụng Bluezone"
                + " trên địa bàn tỉnh Long An là 197.011 người (chiếm 11,09% dân số theo số liệu"
                + " Ủy ban nhân dân tỉnh Long An công bố năm 2020 là 1.776.474 người), chưa đạt mục tiêu đề ra (60%), còn"
                + " thiếu 868.874 người."), text.toString());
        // the table's districts are the csv report's, figure for figure
        assertEquals(0, run("report", "--unit", "80", "--date", "2020-08-15", "--format", "csv"));
        Map<String, CSVRecord> csv = csv(out());
        List<List<String>> rows = unitRows(docx);
        assertEquals(17, rows.size(), "headings, 15 districts, total");
        for (List<String> row : rows.subList(1, 16)) {
            CSVRecord r = csv.values().stream().filter(x -> x.get("name").equals(row.get(1)))
                    .findFirst().orElseThrow(() -> new AssertionError(row.toString()));
            assertTrue(r.get("code").matches(DISTRICT), r.get("code"));
            assertEquals(List.of(r.get("count"), r.get("denominator"), r.get("rate_pct")),
                    List.of(row.get(2).replace(".", ""), row.get(3).replace(".", ""),
                            row.get(4).replace(",", ".").replace("%", "")), row.toString());
        }
        assertEquals(List.of("", "Tổng cộng", "197.011", "1.776.474", "11,09%"),
                rows.get(16).subList(0, 5));

        Path en = dir.resolve("report.docx");
        assertEquals(0, run("report", "--unit", "80", "--date", "2020-08-15", "--format", "docx",
                "--out", en.toString(), "--lang", "en"), app.err());
        List<String> english = paragraphs(en);
        assertTrue(english.contains("Long An, 15 August 2020"), english.toString());
        assertTrue(english.stream().anyMatch(t -> t.startsWith("As of 15 Aug 2020, the Bluezone"
                + " app had 197,011 users in Tỉnh Long An (11.09% of the population of 1,776,474"
                + " according to the Long An Provincial People's Committee, 2020), short of the target (60%) by 868,874"
                + " people.")), english.toString());

        assertEquals(64, run("report", "--unit", "80", "--date", "2020-08-15", "--format",
                "docx"));
        assertTrue(app.err().contains("--format docx needs --out FILE.docx"), app.err());
    }

    @Test
    void docxTakesTheConfigurationsSignerAndWordingAndRefusesAWrongWordingAtItsLine()
            throws Exception {
        String bundled;
        try (InputStream in = getClass().getResourceAsStream(
                "/io/github/uptake/word/written-report_vi.yaml")) {
            bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("loi-van.yaml"), bundled.replace("closing: \"Trên đây",
                "closing: \"Sở Thông tin và Truyền thông kính báo cáo. Trên đây"));
        Path config = Files.writeString(dir.resolve("tinh.yaml"), """
                header:
                  symbol: BC-STTTT
                  recipients: [Ủy ban nhân dân tỉnh Long An, Bộ Thông tin và Truyền thông]
                  signerTitle: KT. GIÁM ĐỐC
                  signerName: Trần Văn B
                  wording: [loi-van.yaml]
                """);
        Path docx = dir.resolve("bao-cao.docx");
        assertEquals(0, run("report", "--unit", "80", "--date", "2020-08-15", "--format", "docx",
                "--out", docx.toString(), "--config", config.toString()), app.err());
        List<String> text = paragraphs(docx);
        assertTrue(text.containsAll(List.of("Kính gửi:", "- Ủy ban nhân dân tỉnh Long An;",
                "- Bộ Thông tin và Truyền thông.", "KT. GIÁM ĐỐC", "Trần Văn B")),
                text.toString());
        assertTrue(text.stream().anyMatch(t -> t.startsWith("Sở Thông tin và Truyền thông kính"
                + " báo cáo. Trên đây là báo cáo")), text.toString());

        String wrong = bundled.replace("{gap} người.\"", "{gaps} người.\"");
        Files.writeString(dir.resolve("loi-van.yaml"), wrong);
        Path refused = dir.resolve("khong.docx");
        assertEquals(2, run("report", "--unit", "80", "--date", "2020-08-15", "--format", "docx",
                "--out", refused.toString(), "--config", config.toString()));
        int line = 1 + (int) wrong.substring(0, wrong.indexOf("{gaps}")).chars()
                .filter(c -> c == '\n').count();
        assertTrue(app.err().contains("loi-van.yaml: line " + line + ": body.count.notMet: Khoá"
                + " body.count.notMet không có chỗ điền {gaps}"), app.err());
        assertTrue(app.err().contains("has no placeholder {gaps}"), app.err());
        assertFalse(Files.exists(refused), "nothing written");
    }

    @Test
    void fieldCase12TheWrittenReportNeverReadsSixtyPercentEither() throws Exception {
        Path c = CASES.resolve("12-rate-rounds-up-to-target");
        for (String kind : List.of("units", "denominators", "reports")) {
            assertEquals(0, run("load", kind, c.resolve(kind + ".csv").toString(), "--lang",
                    "en"), app.err());
        }
        Path docx = dir.resolve("t.docx");
        assertEquals(0, run("report", "--unit", "T", "--date", "2020-08-19", "--format", "docx",
                "--out", docx.toString()), app.err());
        String all = String.join("\n", paragraphs(docx));
        assertTrue(all.contains("59,99%"), all);
        assertFalse(all.contains("60,00%"), all);
        assertTrue(all.contains("còn thiếu 8 người"), "ceil(0,6 x 200.000) - 119.992: " + all);
    }
}
