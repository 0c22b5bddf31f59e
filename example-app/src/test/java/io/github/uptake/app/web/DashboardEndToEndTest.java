package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.Workbooks;
import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.excel.ExcelTemplates;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, installed by
 * .ci/run, driven by Selenium through {@link Browser}): log in, see 11,09%, drill into a district,
 * check a filled template first (nothing stored), upload it and see the numbers change, upload a
 * bad one and see the cell-located problems, try another unit's page and be refused; and a phone's
 * width. On CI the browser must be there; elsewhere the test is skipped without it.
 */
class DashboardEndToEndTest {
    private static final LocalDate NEXT = LocalDate.of(2020, 8, 19);
    private static final Path SCREENSHOTS = Path.of("target", "e2e");
    @TempDir
    static Path dir;
    private static Dashboard dashboard;
    private static JdbcStorage storage;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        storage = JdbcStorage.open(ds, JdbcOptions.defaults());
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

    private static String text(WebDriver b, String id) {
        return b.findElement(By.id(id)).getText();
    }

    @Test
    void theDepartmentSeesElevenPointZeroNinePercentAndDrillsIntoADistrict() {
        WebDriver b = Browser.open(dir.resolve("profiles"), Browser.DESKTOP);
        try {
            Browser.logIn(b, base, "sotttt", "kiemthu-sotttt");
            assertEquals("Tỉnh Long An", text(b, "unit-name"));
            assertEquals("11,09%", text(b, "rate"));
            assertEquals("197.011", text(b, "count"));
            Browser.screenshot(b, SCREENSHOTS.resolve("overview.png"));
            Browser.clickAndWait(b, By.cssSelector("#children a[href^='/units/801']"));
            assertEquals("Huyện Đức Huệ", text(b, "unit-name"));
            b.get(base + "/units/80?lang=en");
            assertEquals("11.09%", text(b, "rate"));
            Browser.clickAndWait(b, By.id("rebased-2025-07-01"));
            assertTrue(text(b, "unit-name").contains("re-based onto the units of 1 July 2025"),
                    text(b, "unit-name"));
            assertTrue(text(b, "row-80").contains("197,011"), text(b, "row-80"));
            assertTrue(text(b, "row-27694").contains("≈"), text(b, "row-27694"));
            Browser.screenshot(b, SCREENSHOTS.resolve("rebased.png"));
            Browser.clickAndWait(b, By.id("as-it-was"));
            assertEquals("11.09%", text(b, "rate"));
        } finally {
            b.quit();
        }
    }

    @Test
    void aDistrictUploadsItsTemplateSeesTheNumbersChangeAndIsRefusedElsewhere() throws Exception {
        HierarchyVersion v = storage.referenceStore().hierarchy(Hierarchy.TERRITORIAL).orElseThrow()
                .versions().get(0);
        Path template = dir.resolve("mau-801.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            new ExcelTemplates(ExcelOptions.defaults()).write(v, "801", NEXT,
                    List.of(Segment.RESIDENTS), storage.referenceStore().denominators(
                            Segment.RESIDENTS), out);
        }
        String good = Workbooks.fill(template, dir.resolve("bao-cao-801.xlsx"), 20_000)
                .toAbsolutePath().toString();
        String bad = Workbooks.fill(template, dir.resolve("sai-801.xlsx"), -5)
                .toAbsolutePath().toString();
        String page = base + "/units/801?date=" + NEXT;
        WebDriver b = Browser.open(dir.resolve("profiles"), Browser.DESKTOP);
        try {
            Browser.logIn(b, base, "duchue", "kiemthu-duchue");
            assertEquals("Huyện Đức Huệ", text(b, "unit-name"));
            b.get(page);
            String before = text(b, "count");
            b.findElement(By.id("file")).sendKeys(good);
            Browser.clickAndWait(b, By.id("check"));
            Browser.await(b, By.id("preview"));
            assertTrue(text(b, "preview-27898").contains("20.000"), b.getPageSource());
            assertTrue(text(b, "preview-count").startsWith("11 đơn vị: 11 mới"),
                    text(b, "preview-count"));
            Browser.screenshot(b, SCREENSHOTS.resolve("check-first.png"));
            b.get(page);
            assertEquals(before, text(b, "count"), "checking first stored nothing");
            b.findElement(By.id("file")).sendKeys(good);
            Browser.clickAndWait(b, By.id("upload"));
            assertTrue(Browser.await(b, By.id("accepted")).getText().contains("bao-cao-801.xlsx"),
                    b.getPageSource());
            b.get(page);
            assertEquals("220.000", text(b, "count"), "11 communes x 20.000, before: " + before);
            b.findElement(By.id("file")).sendKeys(bad);
            Browser.clickAndWait(b, By.id("upload"));
            Browser.await(b, By.id("rejected"));
            assertTrue(text(b, "problems").contains("sai-801.xlsx: 'Báo cáo'!E6: Số lượng không"
                    + " được âm."), text(b, "problems"));
            b.get(base + "/units/794");
            assertFalse(b.findElements(By.id("refused")).isEmpty(),
                    "another unit's page is refused");
            assertEquals("Bạn không có quyền xem đơn vị này.", text(b, "refused"));
        } finally {
            b.quit();
        }
    }

    @Test
    void onAPhonesWidthTheDepartmentStillSeesElevenPointZeroNinePercent() {
        WebDriver b = Browser.open(dir.resolve("profiles"), Browser.PHONE);
        try {
            Browser.logIn(b, base, "sotttt", "kiemthu-sotttt");
            assertEquals(Browser.PHONE, ((Number) ((JavascriptExecutor) b).executeScript(
                    "return document.documentElement.clientWidth")).intValue(), "the page's width");
            assertEquals("11,09%", text(b, "rate"));
            Browser.screenshot(b, SCREENSHOTS.resolve("phone.png"));
        } finally {
            b.quit();
        }
    }
}
