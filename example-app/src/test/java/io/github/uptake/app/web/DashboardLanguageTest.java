package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.config.AppConfigFile;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.rollup.RollUpPolicy;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page in one language: the Vietnamese pages have no English word in their visible text,
 * the English ones no Vietnamese word of the interface; no page has an inline script or style.
 */
class DashboardLanguageTest {
    private static final Path PRODUCERS = Path.of("..", "adapters-excel", "src", "test",
            "resources", "producers");
    /** English words of the interface, of sources and segments, never on a Vietnamese page. */
    private static final List<String> ENGLISH = List.of("residents", "staff", "workers",
            "visitors", "official", "unofficial", "illustrative", "split", "census", "operator",
            "Upload", "uploaded", "Server Error", "server", "error", "Check", "Download",
            "Overview", "Log in", "Log out", "password", "target", "rate", "denominator", "users",
            "unit", "units", "below", "children", "own", "figure", "figures", "not", "found",
            "allowed", "bad", "request", "reference", "missing", "day", "date", "the", "of",
            "and", "people", "view", "crosswalk", "reconciliation", "findings", "lagging",
            "stored", "refused", "nothing", "template", "report", "sheet", "segment", "back",
            "as it was", "re-based", "share", "estimated", "Show", "Organisations", "Reference");
    /** Vietnamese words of the interface, never on an English page. */
    private static final List<String> VIETNAMESE = List.of("người", "Đăng xuất", "Tổng quan",
            "đơn vị", "mục tiêu", "Mẫu số", "Tỷ lệ", "Kiểm tra", "không", "tháng", "lỗi",
            "tham chiếu", "Ngày", "Người dân", "chính thức", "minh họa", "Tổng điều tra");
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    @TempDir
    static Path root;
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() {
        JdbcStorage storage = DemoDatabases.demo("dashboard-language-test");
        dashboard = new Dashboard(storage, TestAccounts.demo(), AppConfigFile.longAn().config(),
                ColumnMapping.defaults(), RollUpPolicy.defaults().withParentFigure(
                        RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING), Clock.systemUTC(),
                LongAnDemo.DAY, root.resolve("uploads"));
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        dashboard.stop();
    }

    /** Returns what a reader sees of a page: its text, title and accessible labels. */
    static String visible(String html) {
        StringBuilder b = new StringBuilder();
        Matcher labels = Pattern.compile("(?:aria-label|title|alt|placeholder)=\"([^\"]*)\"")
                .matcher(html);
        while (labels.find()) {
            b.append(labels.group(1)).append('\n');
        }
        b.append(html.replaceAll("(?s)<[^>]*>", " "));
        return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Returns the words of a list a text holds, as whole words, ignoring case. */
    static List<String> found(String text, List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(w)
                    + "(?![\\p{L}\\p{N}])").matcher(text).find()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Every page of the dashboard in a language, by name: the page's HTML and its status. */
    private static Map<String, HttpResponse<String>> pages(String lang) throws Exception {
        Map<String, HttpResponse<String>> out = new LinkedHashMap<>();
        WebClient anon = new WebClient(base);
        out.put("login", anon.get("/login?lang=" + lang));
        out.put("login wrong", anon.get("/login?error=1"));
        out.put("login refused", anon.post("/login", "user=sotttt&password=x"));
        WebClient dept = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
        dept.get("/units/80?lang=" + lang);
        out.put("province", dept.get("/units/80"));
        out.put("province, own figures", dept.get("/units/80?date=" + DAY));
        out.put("district", dept.get("/units/801"));
        out.put("commune", dept.get("/units/27685"));
        out.put("organisations", dept.get("/units/UBND-LA"));
        out.put("organisations, workers", dept.get("/units/UBND-LA?segment=workers"));
        out.put("re-based 2024", dept.get("/units/803/rebased?onto=2024-12-01"));
        out.put("re-based 2025", dept.get("/units/803/rebased?onto=2025-07-01"));
        out.put("400", dept.get("/units/80?date=2020-02-30"));
        out.put("404 unit", dept.get("/units/99999"));
        out.put("404 re-based", dept.get("/units/803/rebased?onto=2019-01-01"));
        out.put("404 page", dept.get("/khong-co"));
        WebClient tanan = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        tanan.get("/units/794?lang=" + lang);
        out.put("403", tanan.get("/units/801"));
        out.put("403 form", tanan.post("/upload", "x=1"));
        WebClient duchue = WebClient.loggedIn(base, "duchue", "kiemthu-duchue");
        duchue.get("/units/801?lang=" + lang);
        byte[] row = Files.readAllBytes(PRODUCERS.resolve("g-district-row_openpyxl.xlsx"));
        byte[] bottom = Files.readAllBytes(PRODUCERS.resolve("h-total-bottom_xlsxwriter.xlsx"));
        String token = duchue.token();
        String day = DAY.plusDays(lang.equals("vi") ? 1 : 2).toString();
        out.put("upload checked", duchue.upload(token, "check", day, "bao-cao.xlsx", row));
        out.put("upload stored", duchue.upload(token, "store", day, "bao-cao.xlsx", bottom));
        out.put("upload again", duchue.upload(token, "store", day, "bao-cao.xlsx", bottom));
        out.put("upload renamed", duchue.upload(token, "store", day, "bao-cao-2.xlsx", bottom));
        out.put("upload refused", duchue.upload(token, "store", day, "x7.xlsx",
                Files.readAllBytes(PRODUCERS.resolve("x7-unit-outside_exceljs.xlsx"))));
        out.put("upload unreadable", duchue.upload(token, "store", day, "hong.xlsx",
                new byte[] {1, 2, 3}));
        out.put("upload no file", duchue.upload(token, "store", day, "rong.xlsx", new byte[0]));
        out.put("upload bad day", duchue.upload(token, "store", "2020-13-01", "a.xlsx", row));
        out.put("500", failing(lang));
        return out;
    }

    /** Returns the 500 page of a dashboard whose database fails. */
    private static HttpResponse<String> failing(String lang) throws Exception {
        String name = "dashboard-language-failing-" + lang + System.nanoTime();
        JdbcStorage storage = DemoDatabases.demo(name);
        JdbcDataSource db = DemoDatabases.dataSource(name);
        Dashboard broken = new Dashboard(storage, TestAccounts.demo(), LongAnDemo.DAY);
        try {
            WebClient c = WebClient.loggedIn("http://127.0.0.1:" + broken.start("127.0.0.1", 0),
                    "sotttt", "kiemthu-sotttt");
            c.get("/login?lang=" + lang);
            DemoDatabases.breakDown(db);
            // the pages read memory; the template reads the denominators from the database
            return c.get("/units/80/template.xlsx");
        } finally {
            broken.stop();
        }
    }

    @Test
    void theVietnamesePagesHaveNoEnglishWord() throws Exception {
        Map<String, HttpResponse<String>> pages = pages("vi");
        for (Map.Entry<String, HttpResponse<String>> p : pages.entrySet()) {
            String html = p.getValue().body();
            assertTrue(html.contains("<html lang=\"vi\">"), p.getKey() + ": " + html);
            assertEquals(List.of(), found(visible(html), ENGLISH), p.getKey() + ": " + html);
        }
        assertEquals(500, pages.get("500").statusCode());
        assertEquals(403, pages.get("403").statusCode());
        assertEquals(400, pages.get("upload bad day").statusCode());
    }

    @Test
    void theEnglishPagesHaveNoVietnameseWordOfTheInterface() throws Exception {
        for (Map.Entry<String, HttpResponse<String>> p : pages("en").entrySet()) {
            String html = p.getValue().body();
            assertTrue(html.contains("<html lang=\"en\">"), p.getKey() + ": " + html);
            assertEquals(List.of(), found(visible(html), VIETNAMESE), p.getKey() + ": " + html);
        }
    }

    @Test
    void theWordListsFindWhatTheyLookFor() {
        assertEquals(List.of("residents", "the"), found(visible("<p title=\"the\">Dân số"
                + " [residents]</p>"), ENGLISH));
        assertEquals(List.of(), found("Uptake thẻ Bluezone", ENGLISH), "whole words only");
        assertEquals(List.of("người"), found(visible("<td>16.610 Người</td>"), VIETNAMESE));
    }

    @Test
    void noPageHasAnInlineScriptOrStyle() throws Exception {
        for (Map.Entry<String, HttpResponse<String>> p : pages("vi").entrySet()) {
            String html = p.getValue().body().toLowerCase(Locale.ROOT);
            assertFalse(html.contains("<script"), p.getKey());
            assertFalse(html.contains("<style"), p.getKey());
            assertFalse(html.matches("(?s).*\\sstyle=.*"), p.getKey());
            assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "no inline handler: " + p.getKey());
            assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/static/app.css\">"),
                    p.getKey());
        }
        HttpResponse<String> css = new WebClient(base).get("/static/app.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(css.body().contains(".notmet"), css.body());
    }
}
