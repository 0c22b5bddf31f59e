package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The province page in a real headless Chromium at a phone's width (400 px): the page never
 * scrolls sideways, the wide tables scroll inside their own box. Skipped where the browser is
 * not installed.
 */
class DashboardPhoneWidthTest {
    @TempDir
    static Path dir;
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() {
        Browser.assumeInstalled();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:dashboard-phone-width-test;DB_CLOSE_DELAY=-1");
        JdbcStorage storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        DemoLoader.load(storage, LongAnDemo.make());
        dashboard = new Dashboard(storage, TestAccounts.demo(), LongAnDemo.DAY);
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (dashboard != null) {
            dashboard.stop();
        }
    }

    @Test
    void theProvincePageDoesNotScrollSidewaysAtFourHundredPixels() {
        WebDriver b = Browser.open(dir.resolve("profiles"), Browser.PHONE);
        try {
            Browser.logIn(b, base, "sotttt", "kiemthu-sotttt");
            b.get(base + "/units/80");
            Browser.await(b, By.id("children"));
            JavascriptExecutor js = (JavascriptExecutor) b;
            assertEquals(Browser.PHONE, ((Number) js.executeScript(
                    "return document.documentElement.clientWidth")).intValue(), "the page's width");
            int scroll = ((Number) js.executeScript(
                    "return document.documentElement.scrollWidth")).intValue();
            assertTrue(scroll <= Browser.PHONE, "the page scrolls sideways: " + scroll + " px");
            // the table is wider than the phone, and scrolls in its own box
            int table = ((Number) js.executeScript(
                    "return document.getElementById('children').scrollWidth")).intValue();
            int box = ((Number) js.executeScript(
                    "return document.getElementById('children').parentElement.clientWidth"))
                    .intValue();
            assertTrue(box <= Browser.PHONE, "the table's box fits: " + box + " px");
            assertTrue(table > 0, "the table is shown");
        } finally {
            b.quit();
        }
    }
}
