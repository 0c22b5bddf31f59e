package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.UptakeApp;
import io.github.uptake.app.config.AppConfig;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.rollup.RollUpPolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The nation's page in a real headless Chromium, at a desktop's width (1400 px) and a phone's
 * (400 px), on Viet Nam's units of 2020 ({@code uptake load vn-admin}) with figures for most
 * provinces: the map draws one shape per province in the band of its rate cell in the table, a
 * click on a shape opens the province's page (whose districts are a schematic), the chart has
 * labelled axes and a legend, and nothing scrolls sideways. Screenshots go to
 * {@code target/screenshots/}, with the sizes of the pages and their drawings
 * ({@code sizes.txt}). Skipped where the browser is not installed.
 */
class DashboardMapBrowserTest {
    /** The app's own copy of the national units of 15/8/2020. */
    private static final Path NATIONAL = Path.of("src", "main", "resources", "io", "github",
            "uptake", "app", "data", "vn-admin", "admin_units_2020-08-15.csv");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    /** Each province's rate, by its index: under 10%, 10-30%, 30-60%, 60% or more, none. */
    private static final long[] PER_HUNDRED_THOUSAND = {5_000, 20_000, 45_000, 75_000, -1};

    @TempDir
    static Path dir;
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        String db = dir.resolve("vn").toString();
        run("load", "--db", db, "vn-admin");
        // every province's denominator, and its own figures (its communes have none) for four
        // provinces in five, in every band
        List<String> provinces = new ArrayList<>();
        for (String l : Files.readAllLines(NATIONAL, StandardCharsets.UTF_8)) {
            String[] f = l.split(",", -1);
            if (f.length == 6 && f[0].equals("1")) {
                provinces.add(f[1]);
            }
        }
        assertEquals(63, provinces.size());
        StringBuilder dens = new StringBuilder("unit_code;segment;count;source;vintage\n");
        StringBuilder reports = new StringBuilder("unit_code,segment,as_of,count,reported_at,"
                + "reporter,source_ref\n");
        int i = 0;
        for (String p : provinces) {
            dens.append(p).append(";residents;100000;census-2019;2019-04-01\n");
            long count = PER_HUNDRED_THOUSAND[i++ % PER_HUNDRED_THOUSAND.length];
            for (int d = 0; count >= 0 && d < 20; d++) {
                LocalDate day = DAY.minusDays(19 - d);
                reports.append(p).append(",residents,").append(day).append(',')
                        .append(count * (60 + 2 * d) / 98).append(',').append(day)
                        .append("T09:00:00Z,UBND,test\n");
            }
        }
        Path densFile = dir.resolve("dan-so.csv");
        Files.writeString(densFile, dens);
        run("load", "denominators", densFile.toString(), "--db", db);
        Path reportsFile = dir.resolve("bao-cao.csv");
        Files.writeString(reportsFile, reports);
        run("load", "--db", db, "reports", reportsFile.toString());

        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + Path.of(db).toAbsolutePath());
        ds.setUser("sa");
        ds.setPassword("");
        JdbcStorage storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        storage.referenceStore().saveTargetRules(TargetRules.of(TargetRule.of(
                Segment.RESIDENTS, Threshold.SIXTY_PERCENT)));
        AppConfig config = new AppConfig(new AppConfig.Province("VN", "Việt Nam"), null, null,
                null, null, null, null, null, null);
        dashboard = new Dashboard(storage, TestAccounts.demo(), config, ColumnMapping.defaults(),
                RollUpPolicy.defaults().withParentFigure(
                        RollUpPolicy.ParentFigure.OWN_WHEN_CHILDREN_MISSING), Clock.systemUTC(),
                DAY, dir.resolve("uploads"));
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (dashboard != null) {
            dashboard.stop();
        }
    }

    private static void run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = UptakeApp.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8)
                + out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theNationsMapAndChartReadAtADesktopsWidth() throws Exception {
        check(1400);
    }

    @Test
    void theNationsMapAndChartReadOnAPhoneWithoutSidewaysScroll() throws Exception {
        check(Browser.PHONE);
    }

    @SuppressWarnings("unchecked")
    private static void check(int width) throws Exception {
        WebDriver b = Browser.open(dir.resolve("profiles"), width);
        try {
            JavascriptExecutor js = (JavascriptExecutor) b;
            Browser.logIn(b, base, "sotttt", "kiemthu-sotttt");
            b.get(base + "/units/VN?date=" + DAY);
            Browser.await(b, By.id("map"));
            Browser.screenshot(b, SCREENSHOTS.resolve("nation-" + width + "-chart.png"));

            // one shape per province, each in the band and status of its rate cell in the table
            Map<String, String> shapes = classes(js, "#map .map-shape", "data-code");
            Map<String, String> cells = classes(js, "#children tr[id^='child-'] td.rate", null);
            assertEquals(63, shapes.size(), "one shape per province: " + shapes.keySet());
            assertEquals(cells.keySet(), shapes.keySet(), "the table's units, no more, no less");
            Map<String, Integer> bands = new TreeMap<>();
            Map<String, Integer> statuses = new TreeMap<>();
            for (Map.Entry<String, String> e : shapes.entrySet()) {
                List<String> shape = List.of(e.getValue().split(" "));
                List<String> cell = List.of(cells.get(e.getKey()).split(" "));
                String band = cell.stream().filter(c -> c.startsWith("band-")).findFirst()
                        .orElse("band-none");
                String status = cell.stream().filter(c -> List.of("met", "notmet", "missing")
                        .contains(c)).findFirst().orElseThrow();
                assertTrue(shape.contains("map-shape") && shape.contains(band)
                        && shape.contains("status-" + status), e.getKey() + ": shape " + shape
                        + ", cell " + cell);
                bands.merge(band, 1, Integer::sum);
                statuses.merge(status, 1, Integer::sum);
            }
            assertEquals(5, bands.size(), "every band, and no figure: " + bands);
            assertEquals(3, statuses.size(), "met, not met and missing: " + statuses);
            String tip = (String) js.executeScript("return document.querySelector("
                    + "\"#map .map-shape[data-code='80'] title\").textContent");
            assertTrue(tip.startsWith("Tỉnh Long An: ") && tip.contains(" người, tỷ lệ "), tip);
            String credits = b.findElement(By.id("map-credits")).getText();
            assertTrue(credits.contains("Open Development Mekong") && credits.contains(
                    "CC BY-SA 4.0"), "the boundaries are credited: " + credits);

            // the chart: counts with thousands separators, days as dd/MM, a legend
            List<String> ticks = (List<String>) js.executeScript("return Array.from(document"
                    + ".querySelectorAll('svg.chart text.chart-tick')).map(t => t.textContent)");
            assertTrue(ticks.stream().anyMatch(t -> t.matches("\\d{1,3}(\\.\\d{3})+")),
                    "a count like 1.234: " + ticks);
            assertTrue(ticks.stream().anyMatch(t -> t.matches("\\d{2}/\\d{2}")),
                    "a day like 27/07: " + ticks);
            String legend = b.findElement(By.cssSelector("figcaption.chart-legend")).getText();
            assertTrue(legend.contains("Số người cài đặt theo ngày") && legend.contains("Mục tiêu"),
                    legend);

            // nothing scrolls sideways, and the map and chart fit the page
            int page = ((Number) js.executeScript(
                    "return document.documentElement.clientWidth")).intValue();
            int scroll = ((Number) js.executeScript(
                    "return document.documentElement.scrollWidth")).intValue();
            assertTrue(scroll <= page, "the page scrolls sideways at " + width + ": " + scroll);
            fits(js, page);
            js.executeScript("document.getElementById('map-section').scrollIntoView()");
            Browser.screenshot(b, SCREENSHOTS.resolve("nation-" + width + "-map.png"));
            String sizes = sizes(js, "nation /units/VN");

            // a click on a province opens its page, on the same day, whose districts are tiles
            String code = clickable(js);
            Browser.clickAndWait(b, By.cssSelector("#map .map-shape[data-code='" + code + "']"));
            assertTrue(b.getCurrentUrl().endsWith("/units/" + code + "?date=" + DAY
                    + "&segment=residents"), b.getCurrentUrl());
            Browser.await(b, By.id("map-schematic"));
            Map<String, String> tiles = classes(js, "#map .map-shape", "data-code");
            assertEquals(classes(js, "#children tr[id^='child-'] td.rate", null).keySet(),
                    tiles.keySet(), "one tile per district");
            assertFalse(tiles.isEmpty());
            js.executeScript("document.getElementById('map-section').scrollIntoView()");
            Browser.screenshot(b, SCREENSHOTS.resolve("province-" + code + "-" + width
                    + "-schematic.png"));
            Files.writeString(SCREENSHOTS.resolve("sizes.txt"), sizes + sizes(js, "province /units/"
                    + code));
            int after = ((Number) js.executeScript(
                    "return document.documentElement.scrollWidth")).intValue();
            assertTrue(after <= page, "the province's page scrolls sideways: " + after);
            fits(js, page);
        } finally {
            b.quit();
        }
    }

    /** Returns the UTF-8 sizes of the page, its map and its chart, as a line of text. */
    private static String sizes(JavascriptExecutor js, String page) {
        Number html = (Number) js.executeScript("return new Blob([document.documentElement"
                + ".outerHTML]).size");
        Number map = (Number) js.executeScript("return new Blob([document.getElementById('map')"
                + ".outerHTML]).size");
        Number chart = (Number) js.executeScript("return new Blob([document.querySelector("
                + "'svg.chart').outerHTML]).size");
        Number paths = (Number) js.executeScript("return Array.from(document.querySelectorAll("
                + "'#map path')).reduce((n, p) => n + p.getAttribute('d').length, 0)");
        return page + ": page " + html + " B, map SVG " + map + " B (path data " + paths
                + " chars), chart SVG " + chart + " B\n";
    }

    /**
     * Checks that the map, the chart and their legends are within the page's width and nothing
     * in them scrolls sideways (the page's main box would hide it otherwise).
     */
    @SuppressWarnings("unchecked")
    private static void fits(JavascriptExecutor js, int page) {
        for (String css : List.of("svg.map", "svg.chart", "#map-section", "figure.chart",
                "#map-legend", "figcaption.chart-legend")) {
            Number right = (Number) js.executeScript("return document.querySelector(arguments[0])"
                    + ".getBoundingClientRect().right", css);
            Number over = (Number) js.executeScript("const e = document.querySelector("
                    + "arguments[0]); return e.scrollWidth - e.clientWidth", css);
            assertTrue(right.doubleValue() <= page, css + " ends at " + right + " of " + page);
            assertTrue(over.intValue() <= 0, css + " overflows by " + over + " px");
        }
        // no text is cut by its drawing's edge, at the letters' size of this width
        List<String> cut = (List<String>) js.executeScript("return Array.from(document"
                + ".querySelectorAll('svg.map text, svg.chart text')).filter(t => {"
                + " const b = t.getBBox(); const v = t.ownerSVGElement.viewBox.baseVal;"
                + " return b.x < 0 || b.y < 0 || b.x + b.width > v.width"
                + " || b.y + b.height > v.height; }).map(t => t.textContent)");
        assertTrue(cut.isEmpty(), "texts cut at the edge: " + cut);
    }

    /**
     * Returns the class attribute of each element a selector finds, by the code in an attribute
     * (or, without one, in the id of its row, {@code child-CODE}).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> classes(JavascriptExecutor js, String selector,
                                               String codeAttribute) {
        List<List<String>> pairs = (List<List<String>>) js.executeScript("return Array.from("
                + "document.querySelectorAll(arguments[0])).map(e => [arguments[1] ?"
                + " e.getAttribute(arguments[1]) : e.parentElement.id.substring(6),"
                + " e.getAttribute('class')])", selector, codeAttribute);
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> p : pairs) {
            assertTrue(out.put(p.get(0), p.get(1)) == null, "twice: " + p.get(0));
        }
        return new TreeMap<>(out);
    }

    /**
     * Returns a province whose shape is what a click at its middle hits: Long An if it is, else
     * the first that is. A click lands in the middle of the shape's box, which for a coast or a
     * crescent may be another province.
     */
    private static String clickable(JavascriptExecutor js) {
        List<String> order = new ArrayList<>(List.of("80", "64", "38", "66", "52"));
        for (String c : order) {
            Boolean hit = (Boolean) js.executeScript("const e = document.querySelector("
                    + "\"#map .map-shape[data-code='\" + arguments[0] + \"']\");"
                    + " e.scrollIntoView({block: 'center'});"
                    + " const r = e.getBoundingClientRect();"
                    + " return document.elementFromPoint(r.left + r.width / 2,"
                    + " r.top + r.height / 2) === e;", c);
            if (Boolean.TRUE.equals(hit)) {
                return c;
            }
        }
        throw new AssertionError("no province of " + order + " is hit at its middle");
    }
}
