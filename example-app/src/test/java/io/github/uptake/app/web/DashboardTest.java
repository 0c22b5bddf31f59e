package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.excel.ConsolidatedReport;
import io.github.uptake.excel.ExcelImporter;
import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.excel.ImportContext;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.rollup.RollUpPolicy;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Validated;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard over plain HTTP: sessions, CSRF, scopes, escaping, the JSON API, and the upload
 * with its "check first" button.
 */
class DashboardTest {
    private static final LocalDate NEXT = LocalDate.of(2020, 8, 19);
    private static final Path PRODUCERS = Path.of("..", "adapters-excel", "src", "test",
            "resources", "producers");
    private static final Path CASES = Path.of("src", "test", "resources", "cases");
    private static Dashboard dashboard;
    private static JdbcStorage storage;
    private static String base;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:dashboard-test;DB_CLOSE_DELAY=-1");
        storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        DemoLoader.load(storage, LongAnDemo.make());
        dashboard = new Dashboard(storage, TestAccounts.demo(), LongAnDemo.DAY);
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        dashboard.stop();
    }

    /** Returns the current figures of a day, unit by unit. */
    private static Map<String, Long> figures(JdbcStorage s, LocalDate day) {
        Map<String, Long> out = new TreeMap<>();
        s.reportStore().forEachCurrent(Segment.RESIDENTS, day, day,
                (code, d, count) -> out.put(code, count));
        return out;
    }

    private static WebClient loggedIn(String user, String password) throws Exception {
        return WebClient.loggedIn(base, user, password);
    }

    @Test
    void nothingWithoutLoggingInAndNoLoginWithoutTheCsrfToken() throws Exception {
        WebClient c = new WebClient(base);
        assertEquals(302, c.get("/units/80").statusCode());
        assertEquals(401, c.get("/api/units/80").statusCode());
        c.get("/login");
        assertEquals(403, c.post("/login", "user=sotttt&password=kiemthu-sotttt").statusCode());
        String t = WebClient.token(c.get("/login").body());
        HttpResponse<String> wrong = c.post("/login", "_csrf=" + t
                + "&user=sotttt&password=nope");
        assertEquals("/login?error=1", wrong.headers().firstValue("Location").orElseThrow());
        assertEquals(200, c.get("/openapi.yaml").statusCode());
    }

    @Test
    void aUserSeesItsSubtreeOnlyAndPostsNeedTheToken() throws Exception {
        WebClient c = loggedIn("tanan", "kiemthu-tanan");
        HttpResponse<String> own = c.get("/units/794");
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Thành phố Tân An"));
        assertEquals(200, c.get("/units/27685").statusCode());
        assertEquals(403, c.get("/units/801").statusCode());
        assertEquals(403, c.get("/units/80").statusCode());
        assertEquals(403, c.get("/api/units/80").statusCode());
        assertEquals(403, c.get("/units/801/template.xlsx").statusCode());
        assertEquals(404, c.get("/units/99999").statusCode());
        assertEquals(403, c.post("/upload", "x=1").statusCode());
        HttpResponse<String> api = c.get("/api/units/794");
        assertTrue(api.body().contains("\"count\":38324"), api.body());
        assertTrue(api.body().contains("\"ratePercent\":"), api.body());
        // before the first report nothing has a figure: missing, never 0 (as in report --format json)
        String early = c.get("/api/units/794?date=2020-07-01").body();
        assertTrue(early.contains("\"unit\":{\"code\":\"794\",\"name\":\"Thành phố Tân An\","
                + "\"kind\":\"district\",\"depth\":0,\"count\":null,"), early);
        assertTrue(early.contains("\"status\":\"NO_FIGURE\""), early);
        assertFalse(early.contains("\"count\":0"), early);
        assertTrue(early.contains("\"parentFigures\":\"children\",\"carryForwardDays\":3"),
                early);
        // every field the API gives is the one its OpenAPI document describes, and no other
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(
                c.get("/openapi.yaml").body());
        JsonNode schema = spec.at("/components/schemas/UnitFigures/properties");
        JsonNode body = new ObjectMapper().readTree(early);
        List<String> described = new ArrayList<>();
        schema.fieldNames().forEachRemaining(described::add);
        List<String> given = new ArrayList<>();
        body.get("unit").fieldNames().forEachRemaining(given::add);
        assertEquals(described, given);
        List<String> top = new ArrayList<>();
        spec.at("/paths/~1api~1units~1{code}/get/responses/200/content/application~1json/schema"
                + "/properties").fieldNames().forEachRemaining(top::add);
        List<String> gotTop = new ArrayList<>();
        body.fieldNames().forEachRemaining(gotTop::add);
        assertEquals(top, gotTop);
        HttpResponse<String> file = c.get("/units/794/template.xlsx?date=2020-08-19");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("mau-794-2020-08-19.xlsx"));
    }

    @Test
    void theDepartmentSeesEverythingIncludingTheSectoralTreeNeverAddedToTheTerritorial()
            throws Exception {
        WebClient c = loggedIn("sotttt", "kiemthu-sotttt");
        String province = c.get("/units/80").body();
        assertTrue(province.contains("id=\"rate\">11,09%"), province);
        assertTrue(province.contains("<ol id=\"lagging\"><li>"), "the lagging communes");
        assertTrue(province.contains("<p id=\"lagging-under\">10 đơn vị có tỷ lệ thấp nhất,"
                + " dưới 10%; có tất cả 110 đơn vị dưới mức này.</p>"), "110 communes under 10%");
        assertTrue(c.get("/units/794").body().contains("<p id=\"lagging-under\">10 đơn vị có tỷ lệ"
                + " thấp nhất; không đơn vị nào dưới 10%.</p>"), "no commune of Tân An under 10%");
        String sectoral = c.get("/units/UBND-LA?segment=workers&date=2020-08-18").body();
        assertTrue(sectoral.contains("Doanh nghiệp trong khu, cụm công nghiệp"), sectoral);
        assertTrue(c.get("/units/80/report.xlsx").statusCode() == 200);
        String english = c.get("/units/80?lang=en").body();
        assertTrue(english.contains("id=\"rate\">11.09%"), english);
        assertTrue(english.contains("Units below"));
    }

    @Test
    void aUnitsHistoryCanBeReadAsItWasOrReBasedOntoTayNinhAndEachViewSaysWhichItIs()
            throws Exception {
        WebClient c = loggedIn("tanan", "kiemthu-tanan");
        String asItWas = c.get("/units/794").body();
        assertTrue(asItWas.contains("<strong id=\"as-it-was\">theo địa giới khi báo cáo</strong>"),
                asItWas);
        // the link's & escaped in the attribute, as HTML writes it
        assertTrue(asItWas.contains("id=\"rebased-2025-07-01\" href=\"/units/794/rebased?date="
                + "2020-08-15&amp;onto=2025-07-01\""), asItWas);
        assertTrue(asItWas.contains("theo địa giới khi báo cáo (từ ngày 01 tháng 6 năm 2020)"),
                "the chart says it is as it was");
        HttpResponse<String> page = c.get("/units/794/rebased?date=2020-08-15&onto=2025-07-01");
        assertEquals(200, page.statusCode());
        String rebased = page.body();
        assertTrue(rebased.contains("tính lại theo địa giới từ ngày 01 tháng 7 năm 2025"),
                "the chart and heading say it is re-based");
        assertTrue(rebased.contains("<strong id=\"rebased-2025-07-01\">"), rebased);
        // the crosswalks' source, its notes in the page's language: the 2025 one is unofficial
        assertTrue(rebased.contains("NQ 1244/NQ-UBTVQH15 (chính thức;")
                && rebased.contains("dvhcvn/20250701 (không chính thức)"), rebased);
        assertTrue(rebased.contains("<tr id=\"row-80\"><td class=\"t\">80</td><td class=\"t\">"
                + "Tỉnh Tây Ninh</td><td>38.324</td>"), "Tân An's total, unchanged: " + rebased);
        assertTrue(rebased.contains("<tr id=\"row-27694\">"), "Phường Long An");
        assertTrue(rebased.contains("27688 Phường 2"), "Phường 2 went into it through Phường 1");
        assertEquals(403, c.get("/units/801/rebased?date=2020-08-15&onto=2025-07-01")
                .statusCode());
        assertEquals(404, c.get("/units/794/rebased?date=2020-08-15&onto=2019-01-01")
                .statusCode());
        WebClient dept = loggedIn("sotttt", "kiemthu-sotttt");
        String bl = dept.get("/units/803/rebased?date=2020-08-15&onto=2025-07-01&lang=en")
                .body();
        assertTrue(bl.contains("<span class=\"estimated\">≈</span>"), "Tân Hòa was split: " + bl);
    }

    @Test
    void checkFirstShowsTheDryRunUnitByUnitAndStoresNothing() throws Exception {
        WebClient c = loggedIn("duchue", "kiemthu-duchue");
        String page = c.get("/units/801?date=" + NEXT).body();
        assertTrue(page.contains("id=\"check\">Kiểm tra trước</button>"), page);
        assertTrue(page.contains("name=\"date\" id=\"day\" value=\"" + NEXT + "\""), page);
        byte[] file = Files.readAllBytes(PRODUCERS.resolve("g-district-row_openpyxl.xlsx"));
        assertEquals(Map.of(), figures(storage, NEXT));
        HttpResponse<String> r = c.upload(WebClient.token(page), "check", NEXT.toString(),
                "g-district-row.xlsx", file);
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("<h1>Kiểm tra trước: chưa lưu gì</h1>"), body);
        assertTrue(body.contains("<tr id=\"preview-801\" class=\"new\"><td class=\"t\">801</td>"
                + "<td class=\"t\">Huyện Đức Huệ</td><td>5.658 (ngày 18/8/2020)</td><td>→</td>"
                + "<td>16.610</td><td class=\"t\">mới</td></tr>"), body);
        assertTrue(body.contains("<p id=\"preview-count\">12 đơn vị: 12 mới, 0 thay đổi, 0 không"
                + " đổi</p>"), body);
        assertTrue(body.contains("D2: 801 Huyện Đức Huệ (số của chính đơn vị) 16.610 = tổng 11"
                + " đơn vị trực thuộc"), body);
        assertTrue(body.contains("Trang đã đọc: Đức Huệ (số liệu ngày 19/8/2020)"), body);
        assertEquals(Map.of(), figures(storage, NEXT), "checking stores nothing");

        String escaped = c.upload(WebClient.token(page), "check", NEXT.toString(), "<i>.xlsx", file)
                .body();
        assertTrue(escaped.contains("&lt;i&gt;.xlsx: kiểm tra trước"), "escaped: " + escaped);
        assertFalse(escaped.contains("<i>.xlsx"), escaped);
        String english = c.upload(WebClient.token(page), "check", NEXT.toString(), "g.xlsx", file)
                .body();
        assertTrue(english.contains("Kiểm tra trước"), "the session's language, vi");
        c.get("/units/801?lang=en");
        english = c.upload(WebClient.token(page), "check", NEXT.toString(), "g.xlsx", file).body();
        assertTrue(english.contains("<h1>Checked first: nothing stored</h1>"), english);
        assertTrue(english.contains("<td>5,658 (on 18 Aug 2020)</td><td>→</td><td>16,610</td>"
                + "<td class=\"t\">new</td>"), english);
        assertEquals(403, c.upload(null, "check", NEXT.toString(), "g.xlsx", file)
                .statusCode(), "the CSRF token is checked for a check too");
        assertEquals(Map.of(), figures(storage, NEXT));
    }

    @Test
    void theUploadStoresForTheUsersUnitOnlyOnTheFormsDay() throws Exception {
        LocalDate day = NEXT.plusDays(1);
        WebClient c = loggedIn("duchue", "kiemthu-duchue");
        String csrf = WebClient.token(c.get("/units/801?date=" + day).body());
        HttpResponse<String> outside = c.upload(csrf, "store", day.toString(), "x7.xlsx",
                Files.readAllBytes(PRODUCERS.resolve("x7-unit-outside_exceljs.xlsx")));
        assertTrue(outside.body().contains("<p id=\"rejected\" class=\"notmet\">x7.xlsx: bị từ"
                + " chối, không lưu gì</p>"), outside.body());
        assertTrue(outside.body().contains("x7.xlsx: 'Sheet1'!B8: "), outside.body());
        assertEquals(Map.of(), figures(storage, day), "nothing of a refused file");

        HttpResponse<String> own = c.upload(csrf, "store", day.toString(), "bao-cao.xlsx",
                Files.readAllBytes(PRODUCERS.resolve("h-total-bottom_xlsxwriter.xlsx")));
        assertTrue(own.body().contains("<p id=\"accepted\" class=\"met\">bao-cao.xlsx: đã lưu</p>"),
                own.body());
        assertTrue(own.body().contains("<td id=\"stored\">11</td>"), own.body());
        assertTrue(own.body().contains("D13: \"Tổng cộng:\" "), own.body());
        Map<String, Long> stored = figures(storage, day);
        assertEquals(11, stored.size(), "the sheet's day is the form's: " + stored);
        assertEquals(2_249L, stored.get("27898"));

        WebClient tanan = loggedIn("tanan", "kiemthu-tanan");
        String t = WebClient.token(tanan.get("/units/794?date=" + day).body());
        HttpResponse<String> other = tanan.upload(t, "store", day.toString(), "duc-hue.xlsx",
                Files.readAllBytes(PRODUCERS.resolve("h-total-top_exceljs.xlsx")));
        assertTrue(other.body().contains("id=\"rejected\""), "Tân An may not send Đức Huệ's: "
                + other.body());
        assertEquals(2_249L, figures(storage, day).get("27898"));
    }

    @Test
    void theServersMappingReadsTheUploadAsTheCommandLineDoes() throws Exception {
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, "codeHeaders: [Số hiệu]\ncountHeaders: [Lượt tải Bluezone]\n");
        Validated<ColumnMapping> m = io.github.uptake.app.MappingFile.read(mapping);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:dashboard-mapping-test;DB_CLOSE_DELAY=-1");
        JdbcStorage own = JdbcStorage.open(ds, JdbcOptions.defaults());
        DemoLoader.load(own, LongAnDemo.make());
        Dashboard mapped = new Dashboard(own, TestAccounts.demo(), LongAnDemo.DAY, m.value());
        String saved = base;
        base = "http://127.0.0.1:" + mapped.start("127.0.0.1", 0);
        try {
            Path file = dir.resolve("tu-che.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(
                    file)) {
                Sheet s = wb.createSheet("Số liệu");
                Row h = s.createRow(0);
                h.createCell(0).setCellValue("Số hiệu");
                h.createCell(1).setCellValue("Lượt tải Bluezone");
                Row r = s.createRow(1);
                r.createCell(0).setCellValue("27898");
                r.createCell(1).setCellValue(763);
                wb.write(out);
            }
            WebClient c = loggedIn("duchue", "kiemthu-duchue");
            String csrf = WebClient.token(c.get("/units/801").body());
            HttpResponse<String> res = c.upload(csrf, "store", NEXT.toString(), "tu-che.xlsx",
                    Files.readAllBytes(file));
            assertTrue(res.body().contains("id=\"accepted\""), res.body());
            assertEquals(Map.of("27898", 763L), figures(own, NEXT));
        } finally {
            mapped.stop();
            base = saved;
        }
    }

    /** Runs a dashboard of its own on a storage, under a policy, for the duration of a check. */
    private interface Check {
        void run() throws Exception;
    }

    private static void withDashboard(JdbcStorage s, RollUpPolicy policy, Check check)
            throws Exception {
        Dashboard own = new Dashboard(s, TestAccounts.demo(), LongAnDemo.DAY, ColumnMapping.defaults(),
                policy);
        String saved = base;
        base = "http://127.0.0.1:" + own.start("127.0.0.1", 0);
        try {
            check.run();
        } finally {
            own.stop();
            base = saved;
        }
    }

    private static JdbcStorage demoStorage(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        JdbcStorage s = JdbcStorage.open(ds, JdbcOptions.defaults());
        DemoLoader.load(s, LongAnDemo.make());
        return s;
    }

    private static List<CSVRecord> rows(Path csv) throws Exception {
        try (var in = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords();
        }
    }

    @Test
    void fieldCase12ThePageShowsBelowSixtyPercentNextToNotMetNever60() throws Exception {
        JdbcStorage s = demoStorage("dashboard-case-12");
        Path c = CASES.resolve("12-rate-rounds-up-to-target");
        HierarchyVersion.Builder b = null;
        for (CSVRecord r : rows(c.resolve("units.csv"))) {
            Unit u = Unit.of(r.get("code"), UnitKind.of(r.get("kind")), r.get("name"));
            if (b == null) {
                b = HierarchyVersion.builder(r.get("hierarchy"), LocalDate.parse(r.get(
                        "valid_from"))).root(u);
            } else {
                b.add(u, r.get("parent_code"));
            }
        }
        s.referenceStore().saveVersion(b.build());
        for (CSVRecord r : rows(c.resolve("denominators.csv"))) {
            s.referenceStore().saveDenominator(new Denominator(r.get("unit_code"),
                    Segment.of(r.get("segment")), Long.parseLong(r.get("count")), r.get("source"),
                    LocalDate.parse(r.get("vintage"))));
        }
        for (CSVRecord r : rows(c.resolve("reports.csv"))) {
            s.reportStore().submit(Report.of(r.get("unit_code"), Segment.of(r.get("segment")),
                    LocalDate.parse(r.get("as_of")), Long.parseLong(r.get("count")),
                    Instant.parse(r.get("reported_at")), r.get("reporter"), null));
        }
        withDashboard(s, RollUpPolicy.defaults(), () -> {
            WebClient h = loggedIn("sotttt", "kiemthu-sotttt");
            String page = h.get("/units/T?date=2020-08-19").body();
            assertTrue(page.contains("id=\"rate\">59,99%</span> · mục tiêu 60%: còn thiếu 8"),
                    page);
            for (String code : List.of("T1", "T2")) {
                assertTrue(page.matches("(?s).*<tr id=\"child-" + code + "\">.*?<td class=\"rate"
                        + " notmet band-30-60\">59,99%</td>.*"), page);
            }
            assertFalse(page.contains("60,00%"), page);
            String english = h.get("/units/T1?date=2020-08-19&lang=en").body();
            assertTrue(english.contains("id=\"rate\">59.99%</span> · target 60%: short by 4"),
                    english);
        });
    }

    @Test
    void fieldCase14ThePagesAndTheReportSayWhichOwnFiguresWereUsedOrSetAside() throws Exception {
        JdbcStorage s = demoStorage("dashboard-case-14");
        HierarchyVersion tree = s.referenceStore().hierarchy("territorial").orElseThrow()
                .versionOn(LocalDate.of(2020, 8, 19)).orElseThrow();
        for (int d = 19; d <= 23; d++) {
            LocalDate day = LocalDate.of(2020, 8, d);
            Validated<io.github.uptake.model.Submission> v = new ExcelImporter(
                    ExcelOptions.defaults()).read(CASES.resolve("14-district-totals-only")
                    .resolve("province_district-totals_" + day + ".xlsx"), ImportContext.of(tree,
                    s.referenceStore().denominators(Segment.RESIDENTS), "sotttt",
                    Instant.parse("2020-08-23T10:00:00Z")).asOf(day));
            assertTrue(v.isValid(), v.problems().toString());
            s.reportStore().submit(v.value());
        }
        withDashboard(s, RollUpPolicy.defaults().withParentFigure(
                RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING), () -> {
            WebClient h = loggedIn("sotttt", "kiemthu-sotttt");
            String page = h.get("/units/80?date=2020-08-22").body();
            assertTrue(page.matches("(?s).*<tr id=\"child-801\">.*?<td>8\\.[0-9]{3} <span"
                    + " class=\"own\">\\(số riêng được dùng\\)</span></td>.*"), page);
            assertEquals(15, Pattern.compile("<tr id=\"own-[0-9]+\">.*?được dùng</td></tr>")
                    .matcher(page).results().count(), page);
            HttpResponse<byte[]> xlsx = h.bytes("/units/80/report.xlsx?date=2020-08-22");
            try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(
                    xlsx.body()))) {
                Sheet notes = wb.getSheet(ConsolidatedReport.NOTES_SHEET);
                int used = 0;
                for (Row r : notes) {
                    if (r.getCell(4) != null && "Số riêng".equals(r.getCell(4)
                            .getStringCellValue())) {
                        used++;
                    }
                }
                assertEquals(15, used, "the downloaded report rolls up as the page does");
            }
        });
        withDashboard(s, RollUpPolicy.defaults(), () -> {
            WebClient h = loggedIn("sotttt", "kiemthu-sotttt");
            String page = h.get("/units/80?date=2020-08-22&lang=en").body();
            assertTrue(page.contains("id=\"count\">–</span>"), "never 0: " + page);
            assertTrue(page.contains("target 60%: no current figure"), page);
            assertEquals(15, Pattern.compile("<tr id=\"own-[0-9]+\">.*?set aside \\(the sum of"
                    + " the units below is used\\)</td></tr>").matcher(page).results().count(),
                    page);
            assertTrue(page.matches("(?s).*<tr id=\"child-801\">.*?<td>–</td><td>65,961</td>"
                    + "<td class=\"rate missing\">–</td>.*"), page);
        });
    }

    /** Returns the change since yesterday of a unit's row in the table of the units below. */
    private static String changeInTable(String html, String code) {
        java.util.regex.Matcher m = Pattern.compile("<tr id=\"child-" + code + "\">(?:<td[^>]*>"
                + ".*?</td>){5}<td>([^<]*)</td>").matcher(html);
        assertTrue(m.find(), "no row of " + code + ": " + html);
        return m.group(1);
    }

    @Test
    void theHeadlinesChangeSinceYesterdayIsMissingWhenYesterdayHadNoFigure() throws Exception {
        WebClient c = loggedIn("sotttt", "kiemthu-sotttt");
        // the province before any figure: no figure, no change (never 0)
        String empty = c.get("/units/80?date=2020-07-10").body();
        assertTrue(empty.contains("<p id=\"progress\">Hôm qua: – ·"), empty);
        // a commune's first figure is no change from nothing, in the headline as in the table
        String ward = "27694";
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        storage.reportStore().forEachCurrent(Segment.RESIDENTS, LongAnDemo.FIRST.minusDays(30),
                LongAnDemo.LAST, (code, d, count) -> {
                    if (code.equals(ward)) {
                        days.put(LocalDate.ofEpochDay(d), count);
                    }
                });
        LocalDate first = days.firstKey();
        String page = c.get("/units/" + ward + "?date=" + first).body();
        assertTrue(page.contains("<p id=\"progress\">Hôm qua: – ·"), first + ": " + page);
        assertEquals("–", changeInTable(c.get("/units/794?date=" + first).body(), ward));
        // the day after, a change from a figure is a number, the same in both places
        LocalDate next = days.higherKey(first);
        String change = changeInTable(c.get("/units/794?date=" + next).body(), ward);
        assertFalse(change.equals("–"), change);
        assertTrue(c.get("/units/" + ward + "?date=" + next).body().contains(
                "<p id=\"progress\">Hôm qua: " + change + " ·"), next + ": " + change);
    }
}
