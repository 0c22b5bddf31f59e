package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.config.AppConfig;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Segment;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The data entry page on a phone's width (400 CSS pixels) in a real headless Chromium: a
 * reporter opens it from the header, nothing scrolls sideways, the inputs are large enough to
 * tap, and a figure typed and saved shows its result. On CI the browser must be there; elsewhere
 * the test is skipped without it.
 */
class DashboardEntryBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "e2e");
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    /** 16:00 on {@link #DAY} in Vietnam: data entry is of that day. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-08-19T09:00:00Z"),
            ZoneOffset.UTC);
    private static final String WARD_1 = "27694";
    /** The least height of something to tap, in CSS pixels. */
    private static final int TAP = 44;
    @TempDir
    static Path dir;
    private static JdbcStorage storage;
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() {
        Browser.assumeInstalled();
        storage = DemoDatabases.demo("dashboard-entry-browser-test");
        dashboard = new Dashboard(storage, TestAccounts.demo(), new AppConfig(null, null, null,
                null, null, null, null, null, null), ColumnMapping.defaults(), CLOCK);
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (dashboard != null) {
            dashboard.stop();
        }
    }

    private static Object js(WebDriver b, String script) {
        return ((JavascriptExecutor) b).executeScript(script);
    }

    private static int number(WebDriver b, String script) {
        return ((Number) js(b, script)).intValue();
    }

    /** Checks that neither the page nor its main part scrolls sideways. */
    private static void noSidewaysScroll(WebDriver b, String when) {
        assertEquals(Browser.PHONE, number(b, "return document.documentElement.clientWidth"),
                "the page's width");
        int page = number(b, "return document.documentElement.scrollWidth");
        assertTrue(page <= Browser.PHONE, when + ": the page is " + page + " px wide");
        int main = number(b, "var m = document.querySelector('main');"
                + " return m.scrollWidth - m.clientWidth");
        assertTrue(main <= 0, when + ": the main part scrolls " + main + " px sideways");
    }

    @Test
    void onAPhoneAReporterTypesAFigureAndSavesItWithoutScrollingSideways() {
        long[] last = new long[1];
        storage.reportStore().forEachCurrent(Segment.RESIDENTS, DAY.minusDays(1),
                DAY.minusDays(1), (code, d, count) -> {
                    if (code.equals(WARD_1)) {
                        last[0] = count;
                    }
                });
        WebDriver b = Browser.open(dir.resolve("profiles"), Browser.PHONE);
        try {
            Browser.logIn(b, base, "tanan", "kiemthu-tanan");
            Browser.clickAndWait(b, By.id("nav-entry"));
            Browser.await(b, By.id("entry-form"));
            noSidewaysScroll(b, "the form");
            WebElement input = b.findElement(By.id("count-" + WARD_1));
            assertEquals("numeric", input.getAttribute("inputmode"));
            assertTrue(input.getSize().getHeight() >= TAP, "the input is "
                    + input.getSize().getHeight() + " px high");
            assertTrue(b.findElement(By.id("entry-save")).getSize().getHeight() >= TAP);
            Browser.screenshot(b, SCREENSHOTS.resolve("entry-phone.png"));

            String typed = UptakeFormat.vietnamese().count(last[0] + 50);
            input.sendKeys(typed);
            Browser.clickAndWait(b, By.id("entry-save"));
            WebElement outcome = Browser.await(b, By.id("entry-outcome"));
            assertEquals("met", outcome.getAttribute("class"));
            assertTrue(outcome.getText().startsWith("Đã lưu số liệu ngày 19/8/2020: 1 đơn vị"),
                    outcome.getText());
            assertTrue(b.findElement(By.id("result-" + WARD_1)).getText().contains(typed),
                    b.findElement(By.id("result-" + WARD_1)).getText());
            noSidewaysScroll(b, "the result");
            Browser.screenshot(b, SCREENSHOTS.resolve("entry-phone-saved.png"));
        } finally {
            b.quit();
        }
    }
}
