package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.config.AppConfigFile;
import io.github.uptake.jdbc.JdbcStorage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day of the pages: by default today in the province's time zone, or the latest day with
 * reports; a day that is not a date is refused (400) in the page's language, never read as
 * another day; every page's header has a day picker that keeps the page's other parameters.
 */
class DashboardDaysTest {
    private static final Path PRODUCERS = Path.of("..", "adapters-excel", "src", "test",
            "resources", "producers");
    private static final LocalDate LAST = LocalDate.of(2020, 8, 18);
    private static final AppConfig LONG_AN = AppConfigFile.longAn().config();
    private static JdbcStorage storage;
    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        storage = DemoDatabases.demo("dashboard-days-test");
    }

    private interface Check {
        void run(Dashboard d, String base) throws Exception;
    }

    /** Runs a dashboard of the new constructor at a moment, for the duration of a check. */
    private static void at(String instant, Check check) throws Exception {
        Dashboard d = new Dashboard(storage, TestAccounts.demo(), LONG_AN,
                io.github.uptake.excel.ColumnMapping.defaults(),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
        String base = "http://127.0.0.1:" + d.start("127.0.0.1", 0);
        try {
            check.run(d, base);
        } finally {
            d.stop();
        }
    }

    /** Returns the day a unit's page shows when it names none. */
    private static String shownDay(WebClient c, String unit) throws Exception {
        String page = c.get("/units/" + unit).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "id=\"pick-day\" value=\"([0-9-]+)\"").matcher(page);
        assertTrue(m.find(), page);
        assertTrue(page.contains("name=\"date\" id=\"day\" value=\"" + m.group(1) + "\""),
                "the upload's day is the page's: " + page);
        return m.group(1);
    }

    @Test
    void theDefaultDayIsTodayInTheProvincesTimeZoneWhenItHasReports() throws Exception {
        // 18/8 01:30 in Asia/Ho_Chi_Minh, still 17/8 in UTC: the demo's last day has reports
        at("2020-08-17T18:30:00Z", (d, base) -> {
            assertEquals(LAST, d.defaultDay());
            WebClient c = WebClient.loggedIn(base, "duchue", "kiemthu-duchue");
            assertEquals(LAST.toString(), shownDay(c, "801"));
            assertEquals("/units/801", c.get("/").headers().firstValue("Location")
                    .orElseThrow());
        });
        // 17/8 in Vietnam: today has reports too
        at("2020-08-17T03:00:00Z", (d, base) -> assertEquals(LAST.minusDays(1), d.defaultDay()));
    }

    @Test
    void withoutATodaysReportTheLatestDayWithReportsElseToday() throws Exception {
        at("2020-09-01T03:00:00Z", (d, base) -> {
            assertEquals(LAST, d.defaultDay(), "the latest day with reports");
            assertEquals(LAST.toString(), shownDay(WebClient.loggedIn(base, "tanan",
                    "kiemthu-tanan"), "794"));
        });
        at("2020-05-01T03:00:00Z", (d, base) -> assertEquals(LocalDate.of(2020, 5, 1),
                d.defaultDay(), "no report on or before today: today"));
    }

    @Test
    void anUploadForTodayMakesTodayTheDefault() throws Exception {
        JdbcStorage own = DemoDatabases.demo("dashboard-days-upload");
        Dashboard d = new Dashboard(own, TestAccounts.demo(), LONG_AN,
                io.github.uptake.excel.ColumnMapping.defaults(),
                Clock.fixed(Instant.parse("2020-08-25T03:00:00Z"), ZoneOffset.UTC));
        String base = "http://127.0.0.1:" + d.start("127.0.0.1", 0);
        try {
            WebClient c = WebClient.loggedIn(base, "duchue", "kiemthu-duchue");
            assertEquals(LAST.toString(), shownDay(c, "801"));
            HttpResponse<String> r = c.upload(c.token(), "store", "2020-08-25", "ngay-25.xlsx",
                    Files.readAllBytes(PRODUCERS.resolve("h-total-bottom_xlsxwriter.xlsx")));
            assertTrue(r.body().contains("id=\"accepted\""), r.body());
            assertEquals("2020-08-25", shownDay(c, "801"), "the upload's day, without waiting");
        } finally {
            d.stop();
        }
    }

    @Test
    void aDayThatIsNotADateIsRefusedInThePagesLanguageNeverAnotherDay() throws Exception {
        at("2020-08-18T03:00:00Z", (d, base) -> {
            WebClient c = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
            for (String bad : new String[] {"abc", "2020-02-30", "2020-8-15", "15/08/2020"}) {
                HttpResponse<String> r = c.get("/units/80?date=" + bad);
                assertEquals(400, r.statusCode(), bad);
                assertTrue(r.body().contains("<html lang=\"vi\">"), r.body());
                assertTrue(r.body().contains("“" + bad + "” không phải là một ngày có thật"),
                        r.body());
                assertFalse(r.body().contains("id=\"unit-name\""), "no page of another day");
            }
            assertEquals(400, c.get("/units/80/report.xlsx?date=2020-02-30").statusCode());
            assertEquals(400, c.get("/units/80/template.xlsx?date=abc").statusCode());
            assertEquals(400, c.get("/units/80/rebased?date=2020-08-15&onto=2025-02-29")
                    .statusCode());
            HttpResponse<String> api = c.get("/api/units/80?date=2020-02-30");
            assertEquals(400, api.statusCode());
            assertTrue(api.body().startsWith("{\"error\":\"date must be a day of the calendar,"
                    + " YYYY-MM-DD: 2020-02-30\",\"vi\":\"“2020-02-30” không phải là một ngày có"
                    + " thật"), api.body());
            assertTrue(api.body().contains(",\"en\":\"“2020-02-30” is not a day of the"
                    + " calendar"), api.body());
            HttpResponse<String> en = c.get("/units/80?date=abc&lang=en");
            assertEquals(400, en.statusCode());
            assertTrue(en.body().contains("<html lang=\"en\">"), en.body());
            assertTrue(en.body().contains("“abc” is not a day of the calendar"), en.body());
            HttpResponse<String> form = c.upload(c.token(), "check", "2020-02-30", "a.xlsx",
                    new byte[] {1, 2, 3});
            assertEquals(400, form.statusCode(), "the upload form's day too");
            assertTrue(form.body().contains("“2020-02-30” is not a day"), form.body());
            assertEquals(200, c.get("/units/80?date=").statusCode(), "an empty day: the default");
        });
    }

    @Test
    void everyPageHasADayPickerThatKeepsTheOtherParameters() throws Exception {
        at("2020-08-18T03:00:00Z", (d, base) -> {
            WebClient c = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
            String sectoral = c.get("/units/UBND-LA?segment=workers&date=2020-08-16").body();
            assertTrue(sectoral.contains("<form id=\"day-picker\" class=\"inline\" method=\"get\""
                    + " action=\"/units/UBND-LA\">"), sectoral);
            assertTrue(sectoral.contains("<input type=\"hidden\" name=\"segment\""
                    + " value=\"workers\">"), sectoral);
            assertTrue(sectoral.contains("<input type=\"date\" name=\"date\" id=\"pick-day\""
                    + " value=\"2020-08-16\""), sectoral);
            String rebased = c.get("/units/803/rebased?date=2020-08-15&onto=2025-07-01").body();
            assertTrue(rebased.contains("action=\"/units/803/rebased\""), rebased);
            assertTrue(rebased.contains("<input type=\"hidden\" name=\"onto\""
                    + " value=\"2025-07-01\">"), rebased);
            for (String path : new String[] {"/units/80?date=abc", "/units/99999",
                "/nowhere"}) {
                assertTrue(c.get(path).body().contains("id=\"pick-day\""), path);
            }
            String upload = c.upload(c.token(), "check", "2020-08-16", "a.xlsx",
                    new byte[] {1, 2, 3}).body();
            assertTrue(upload.contains("action=\"/units/80\""), upload);
        });
    }
}
