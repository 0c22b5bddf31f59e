package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, installed by
 * .ci/run): log in, see 11,09%, drill into a district, check a filled template first (nothing
 * stored), upload it and see the numbers change, upload a bad one and see the cell-located
 * problems, try another unit's page and be refused. On CI the browser must be there; elsewhere the test is skipped without it.
 */
class DashboardEndToEndTest {
    private static final LocalDate NEXT = LocalDate.of(2020, 8, 19);
    @TempDir
    static Path dir;
    private static Dashboard dashboard;
    private static JdbcStorage storage;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        boolean browser = Files.isExecutable(Path.of("/usr/bin/chromium"))
                && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
        if (System.getenv("CI") != null) {
            assertTrue(browser, "CI must have chromium and chromium-driver: .ci/run installs them");
        }
        Assumptions.assumeTrue(browser, "Chromium or chromedriver is not installed");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        DemoLoader.load(storage, LongAnDemo.make());
        dashboard = new Dashboard(storage, Accounts.demo(), LongAnDemo.DAY);
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (dashboard != null) {
            dashboard.stop();
        }
    }

    private static void login(WebDriver b, String user, String password) throws Exception {
        b.open(base + "/login");
        b.type("#user", user);
        b.type("#password", password);
        b.click("#login");
    }

    @Test
    void theDepartmentSeesElevenPointZeroNinePercentAndDrillsIntoADistrict() throws Exception {
        try (WebDriver b = new WebDriver(dir.resolve("profile-1"))) {
            login(b, "sotttt", "demo-sotttt");
            assertEquals("Tỉnh Long An", b.text("#unit-name"));
            assertEquals("11,09%", b.text("#rate"));
            assertEquals("197.011", b.text("#count"));
            b.screenshot(Path.of("target", "e2e", "overview.png"));
            b.click("#children a[href^='/units/801']");
            assertEquals("Huyện Đức Huệ", b.text("#unit-name"));
            b.open(base + "/units/80?lang=en");
            assertEquals("11.09%", b.text("#rate"));
            b.click("#rebased-2025-07-01");
            assertTrue(b.text("#unit-name").contains("re-based onto the units of 1 July 2025"),
                    b.text("#unit-name"));
            assertTrue(b.text("#row-80").contains("197,011"), b.text("#row-80"));
            assertTrue(b.text("#row-27694").contains("≈"), b.text("#row-27694"));
            b.screenshot(Path.of("target", "e2e", "rebased.png"));
            b.click("#as-it-was");
            assertEquals("11.09%", b.text("#rate"));
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
        Path good = Workbooks.fill(template, dir.resolve("bao-cao-801.xlsx"), 20_000);
        Path bad = Workbooks.fill(template, dir.resolve("sai-801.xlsx"), -5);
        try (WebDriver b = new WebDriver(dir.resolve("profile-2"))) {
            login(b, "duchue", "demo-duchue");
            assertEquals("Huyện Đức Huệ", b.text("#unit-name"));
            b.open(base + "/units/801?date=" + NEXT);
            String before = b.text("#count");
            b.type("#file", good.toAbsolutePath().toString());
            b.click("#check");
            assertTrue(b.waitFor("#preview"), b.source());
            assertTrue(b.text("#preview-27898").contains("20.000"), b.source());
            assertTrue(b.text("#preview-count").startsWith("11 đơn vị: 11 mới"),
                    b.text("#preview-count"));
            b.screenshot(Path.of("target", "e2e", "check-first.png"));
            b.open(base + "/units/801?date=" + NEXT);
            assertEquals(before, b.text("#count"), "checking first stored nothing");
            b.type("#file", good.toAbsolutePath().toString());
            b.click("#upload");
            assertTrue(b.waitFor("#accepted"), b.source());
            assertTrue(b.text("#accepted").contains("bao-cao-801.xlsx"), b.source());
            b.open(base + "/units/801?date=" + NEXT);
            assertEquals("220.000", b.text("#count"), "11 communes x 20.000, before: " + before);
            b.open(base + "/units/801?date=" + NEXT);
            b.type("#file", bad.toAbsolutePath().toString());
            b.click("#upload");
            assertTrue(b.waitFor("#rejected"), b.source());
            assertTrue(b.text("#problems").contains("sai-801.xlsx: 'Báo cáo'!E6: Số lượng không"
                    + " được âm."), b.text("#problems"));
            b.open(base + "/units/794");
            assertTrue(b.present("#refused"), "another unit's page is refused");
            assertEquals("Bạn không có quyền xem đơn vị này.", b.text("#refused"));
        }
    }
}
