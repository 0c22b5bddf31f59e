package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The unit page over plain HTTP: the table of the units below in its orders and its rate bands,
 * the sentence over the lagging units, and the findings grouped by kind.
 */
class DashboardUnitPageTest {
    private static final Pattern ROW = Pattern.compile("<tr id=\"child-([^\"]+)\">(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<td( class=\"([^\"]*)\")?>(.*?)</td>");
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:dashboard-unit-page-test;DB_CLOSE_DELAY=-1");
        JdbcStorage storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        DemoLoader.load(storage, LongAnDemo.make());
        dashboard = new Dashboard(storage, TestAccounts.demo(), LongAnDemo.DAY);
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        dashboard.stop();
    }

    /** A row of the table: code, name, count, denominator, rate cell's class and text, change. */
    private record Row(String code, String name, Long count, Long den, String rateClass,
                       String rate, Long change) {
    }

    private static Long number(String cell) {
        String s = cell.replaceAll("<[^>]+>.*", "").replace(".", "").replace(",", "").strip();
        return s.equals("–") || s.isEmpty() ? null : Long.valueOf(s.replace("+", ""));
    }

    private static List<Row> rows(String html) {
        List<Row> out = new ArrayList<>();
        Matcher r = ROW.matcher(html);
        while (r.find()) {
            List<String[]> cells = new ArrayList<>();
            Matcher c = CELL.matcher(r.group(2));
            while (c.find()) {
                cells.add(new String[] {c.group(2) == null ? "" : c.group(2), c.group(3)});
            }
            out.add(new Row(r.group(1), cells.get(1)[1], number(cells.get(2)[1]),
                    number(cells.get(3)[1]), cells.get(4)[0], cells.get(4)[1],
                    number(cells.get(5)[1])));
        }
        return out;
    }

    @Test
    void aSegmentTheConfigurationDoesNotHaveIsRefusedNamingThoseItHas() throws Exception {
        WebClient c = department();
        for (String path : List.of("/units/80?segment=abc", "/api/units/80?segment=abc",
                "/units/80/report.xlsx?segment=abc")) {
            HttpResponse<String> r = c.get(path);
            assertEquals(400, r.statusCode(), path + ": " + r.body());
            assertTrue(r.body().contains("residents, staff, visitors, workers"), path + ": "
                    + r.body());
        }
        assertEquals(200, c.get("/units/80?segment=residents").statusCode());
        assertEquals(200, c.get("/units/80?segment=").statusCode(), "none: the usual one");
    }

    @Test
    void theFirstDaysOfAVersionOfTheUnitsHaveTheirPages() throws Exception {
        WebClient c = department();
        // the 2025 reform's first day: fewer days of figures than the week the findings look at
        for (String day : List.of("2025-07-01", "2025-07-02", "2025-07-03")) {
            assertEquals(200, c.get("/units/80?date=" + day).statusCode(), day);
            assertEquals(200, c.get("/api/units/80?date=" + day).statusCode(), day);
        }
    }

    private static WebClient department() throws Exception {
        return WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
    }

    /** Compares rates exactly, count1 * den2 against count2 * den1. */
    private static int rates(Row a, Row b) {
        return BigInteger.valueOf(a.count()).multiply(BigInteger.valueOf(b.den())).compareTo(
                BigInteger.valueOf(b.count()).multiply(BigInteger.valueOf(a.den())));
    }

    private static boolean hasRate(Row r) {
        return r.count() != null && r.den() != null && r.den() > 0;
    }

    @Test
    void theUnitsBelowComeWorstRateFirstByDefaultUnitsWithoutAFigureLast() throws Exception {
        String page = department().get("/units/80?date=2020-08-19").body();
        List<Row> rows = rows(page);
        assertTrue(rows.size() >= 10, page);
        boolean seenMissing = false;
        for (int i = 0; i < rows.size(); i++) {
            if (!hasRate(rows.get(i))) {
                seenMissing = true;
            } else {
                assertFalse(seenMissing, "a unit without a rate before one with: " + rows);
                if (i > 0) {
                    assertTrue(rates(rows.get(i - 1), rows.get(i)) <= 0, "worst first: " + rows);
                }
            }
        }
        // the heading of the rate says the order, and its link turns it round
        assertTrue(page.contains("aria-sort=\"ascending\"><a class=\"sort\" href=\"/units/80"
                + "?date=2020-08-19&amp;segment=residents&amp;sort=rate&amp;dir=desc\">"), page);
    }

    @Test
    void eachColumnSortsBothWaysOnTheServerKeepingTheDayAndTheSegment() throws Exception {
        WebClient c = department();
        String page = c.get("/units/80?date=2020-08-19").body();
        for (String key : List.of("code", "name", "count", "change")) {
            String href = "/units/80?date=2020-08-19&amp;segment=residents&amp;sort=" + key
                    + "&amp;dir=asc";
            assertTrue(page.contains("<a class=\"sort\" href=\"" + href + "\">"), key + page);
        }
        List<Row> byCode = rows(c.get("/units/80?date=2020-08-19&segment=residents&sort=code"
                + "&dir=desc").body());
        List<Row> sorted = new ArrayList<>(byCode);
        sorted.sort(Comparator.comparing((Row r) -> Long.valueOf(r.code())).reversed());
        assertEquals(sorted, byCode);
        List<Row> byCount = rows(c.get("/units/80?date=2020-08-19&sort=count&dir=desc").body());
        for (int i = 1; i < byCount.size(); i++) {
            Long a = byCount.get(i - 1).count();
            Long b = byCount.get(i).count();
            assertTrue(b == null || a != null && a >= b, "largest first, none last: " + byCount);
        }
        List<Row> byChange = rows(c.get("/units/80?date=2020-08-19&sort=change").body());
        for (int i = 1; i < byChange.size(); i++) {
            Long a = byChange.get(i - 1).change();
            Long b = byChange.get(i).change();
            assertTrue(b == null || a != null && a <= b, "smallest first, none last: " + byChange);
        }
        String byName = c.get("/units/80?date=2020-08-19&sort=name&dir=asc").body();
        assertTrue(byName.contains("aria-sort=\"ascending\"><a class=\"sort\" href=\"/units/80?"
                + "date=2020-08-19&amp;segment=residents&amp;sort=name&amp;dir=desc\">"), byName);
        assertEquals(rows(page).size(), rows(byName).size(), "the same units in another order");
        assertEquals(Set.copyOf(rows(page).stream().map(Row::code).toList()),
                Set.copyOf(rows(byName).stream().map(Row::code).toList()));
        // the order keeps the segment of the page in its links
        String workers = c.get("/units/UBND-LA?segment=workers&date=2020-08-18").body();
        assertTrue(workers.contains("segment=workers&amp;sort=code&amp;dir=asc"), workers);
        // an order not known is refused, saying what to use
        var bad = c.get("/units/80?sort=worst");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("sort=worst") && bad.body().contains("dir=asc"),
                bad.body());
    }

    @Test
    void eachRateCellIsColouredByItsBandComparedExactlyAndTheLegendNamesTheBands()
            throws Exception {
        WebClient c = department();
        for (String unit : List.of("80", "801", "794")) {
            List<Row> rows = rows(c.get("/units/" + unit + "?date=2020-08-19").body());
            for (Row r : rows) {
                if (!hasRate(r)) {
                    assertFalse(r.rateClass().contains("band-"), r.toString());
                    continue;
                }
                long h = r.count() * 100;
                String band = h < 10 * r.den() ? "band-lt10" : h < 30 * r.den() ? "band-10-30"
                        : h < 60 * r.den() ? "band-30-60" : "band-ge60";
                assertTrue(r.rateClass().endsWith(" " + band), r + " should be " + band);
            }
        }
        String vi = c.get("/units/80").body();
        assertTrue(vi.contains("<span class=\"band band-lt10\">dưới 10%</span>"), vi);
        assertTrue(vi.contains("<span class=\"band band-ge60\">từ 60% trở lên</span>"), vi);
        String en = c.get("/units/80?lang=en").body();
        assertTrue(en.contains("<span class=\"band band-10-30\">10% to under 30%</span>"), en);
        assertTrue(en.contains("<span class=\"band band-30-60\">30% to under 60%</span>"), en);
    }

    @Test
    void theLaggingSectionSaysHowManyUnitsItListsAndHowManyAreUnderTenPercent()
            throws Exception {
        WebClient c = department();
        for (String day : List.of("2020-08-19", "2020-08-10", "2020-07-25")) {
            String page = c.get("/units/80?date=" + day).body();
            Matcher ol = Pattern.compile("<ol id=\"lagging\">(.*?)</ol>").matcher(page);
            int listed = ol.find() ? (int) Pattern.compile("<li>").matcher(ol.group(1)).results()
                    .count() : 0;
            Matcher under = Pattern.compile("<p id=\"lagging-under\">([^<]*)</p>").matcher(page);
            assertTrue(under.find(), page);
            String sentence = under.group(1);
            assertFalse(sentence.matches("^0 .*") && listed > 0, sentence);
            if (listed > 0) {
                assertTrue(sentence.startsWith(listed + " đơn vị có tỷ lệ thấp nhất"), sentence);
                int low = 0;
                for (String rate : Pattern.compile("<li>[^<]*: ([0-9,]+)%</li>").matcher(
                        ol.group(1)).results().map(m -> m.group(1)).toList()) {
                    low += Double.parseDouble(rate.replace(',', '.')) < 10 ? 1 : 0;
                }
                String expected = low == 0 ? "không đơn vị nào dưới 10%"
                        : low < listed ? "trong đó " + low + " đơn vị dưới 10%" : ", dưới 10%";
                assertTrue(sentence.contains(expected), sentence + " / " + ol.group(1));
            } else {
                assertEquals("Chưa có đơn vị trực thuộc nào có số.", sentence);
            }
        }
        String en = c.get("/units/80?date=2020-08-19&lang=en").body();
        assertTrue(en.contains("<p id=\"lagging-under\">The 10 units with the lowest rates"), en);
    }

    @Test
    void eachFindingNamesItsUnitByNameAndCodeAndItsDayGroupedByKindOnce() throws Exception {
        WebClient c = department();
        int seen = 0;
        for (String day : List.of("2020-08-19", "2020-08-12", "2020-08-05", "2020-07-29")) {
            String page = c.get("/units/80?date=" + day).body();
            Matcher list = Pattern.compile("(?s)<ul id=\"findings\">(.*?)\n</ul>").matcher(page);
            assertTrue(list.find(), page);
            Set<String> kinds = new HashSet<>();
            Matcher kind = Pattern.compile("<li class=\"finding-kind\" id=\"findings-([^\"]+)\">"
                    + "<strong>[^<]+</strong> \\((\\d+)\\)\n<ul>(.*?)</ul></li>").matcher(
                    list.group(1));
            while (kind.find()) {
                assertTrue(kinds.add(kind.group(1)), "one group per kind: " + kind.group(1));
                List<String> items = Pattern.compile("<li>(.*?)</li>").matcher(kind.group(3))
                        .results().map(m -> m.group(1)).toList();
                // the latest are written out, the others counted: "và 12 phát hiện khác"
                Matcher more = Pattern.compile("<li class=\"findings-more\">và ([0-9.]+) phát"
                        + " hiện khác").matcher(kind.group(3));
                int counted = more.find() ? Integer.parseInt(more.group(1).replace(".", "")) : 0;
                assertTrue(items.size() <= UnitFindings.LISTED, "at most the latest listed");
                assertEquals(Integer.parseInt(kind.group(2)), items.size() + counted);
                assertEquals(items.size(), new HashSet<>(items).size(), "no repeats: " + items);
                for (String item : items) {
                    assertTrue(item.matches("[^(]*\\S \\([0-9A-Za-z-]+\\), ngày [0-9]{1,2} tháng"
                            + " [0-9]{1,2} năm 2020: .+"), "name (code), day: " + item);
                    seen++;
                }
            }
            assertEquals(page.contains("<p id=\"findings-none\">"), kinds.isEmpty(), page);
        }
        assertTrue(seen > 0, "the demo has findings to check");
    }
}
