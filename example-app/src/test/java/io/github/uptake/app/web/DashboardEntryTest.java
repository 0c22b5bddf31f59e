package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.config.AppConfig;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Segment;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The data entry page over HTTP, on a dashboard whose default day follows the reports (the
 * clock at 19/8/2020 in Vietnam, the demo's figures up to 18/8): figures typed as clerks type
 * them are stored and shown on the unit pages at once; a falling count is refused at its input
 * with nothing stored; "check first" stores nothing; a viewer is refused; a unit outside the
 * user's subtree is refused.
 */
class DashboardEntryTest {
    /** The day after the demo's last figures: today on the dashboard's clock. */
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    private static final LocalDate LAST = LocalDate.of(2020, 8, 18);
    /** 16:00 on {@link #DAY} in Vietnam. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-08-19T09:00:00Z"),
            ZoneOffset.UTC);
    private static final UptakeFormat VI = UptakeFormat.vietnamese();
    /** Phường 1, 2, 3 and 5 of Tân An (794). */
    private static final String WARD_1 = "27694";
    private static final String WARD_2 = "27688";
    private static final String WARD_3 = "27697";
    private static final String WARD_5 = "27685";
    /** Thị trấn Đông Thành of Đức Huệ (801). */
    private static final String DONG_THANH = "27898";
    private static JdbcStorage storage;
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() {
        storage = DemoDatabases.demo("dashboard-entry-test");
        AppConfig config = new AppConfig(null, null, null, null, null, null, null, null, null);
        dashboard = new Dashboard(storage, TestAccounts.demo(), config, ColumnMapping.defaults(),
                CLOCK);
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        dashboard.stop();
    }

    private static Map<String, Long> figures(LocalDate day) {
        Map<String, Long> out = new TreeMap<>();
        storage.reportStore().forEachCurrent(Segment.RESIDENTS, day, day,
                (code, d, count) -> out.put(code, count));
        return out;
    }

    private static long last(String code) {
        return figures(LAST).get(code);
    }

    /** Posts the entry form: the day, the action and the typed counts by unit code. */
    private static HttpResponse<String> post(WebClient c, LocalDate day, String action,
                                             Map<String, String> typed) throws Exception {
        StringJoiner form = new StringJoiner("&");
        form.add("_csrf=" + c.token()).add("date=" + day).add("segment=residents")
                .add("action=" + action);
        typed.forEach((code, text) -> form.add(URLEncoder.encode("count[" + code + "]",
                StandardCharsets.UTF_8) + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
        return c.post("/entry", form.toString());
    }

    /** Returns the value of a unit's input on a page. */
    private static String inputValue(String html, String code) {
        Matcher m = Pattern.compile("<input type=\"text\" inputmode=\"numeric\" autocomplete="
                + "\"off\" name=\"count\\[" + code + "\\]\" id=\"count-" + code
                + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no input for " + code + ": " + html);
        return m.group(1);
    }

    /** Returns a page without the white space between its tags, as the tests compare it. */
    private static String squash(String html) {
        return html.replaceAll(">\\s+<", "><");
    }

    @Test
    void figuresTypedInVietnameseFormsAreStoredAndTheUnitPagesShowThem() throws Exception {
        WebClient c = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        assertEquals(LAST, dashboard.defaultDay(), "before: the demo's last day");
        HttpResponse<String> page = c.get("/entry?date=" + DAY);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<a id=\"nav-entry\" href=\"/entry"), html);
        assertFalse(html.contains("id=\"nav-accounts\""), "a reporter manages no accounts");
        assertEquals(14, html.split("inputmode=\"numeric\"", -1).length - 1,
                "one input per ward and commune of Tân An: " + html);
        assertTrue(html.contains("<td class=\"t code\" data-label=\"Mã\">" + WARD_1 + "</td>"
                + "<td class=\"t\" data-label=\"Đơn vị\"><label for=\"count-" + WARD_1 + "\">"
                + "Phường 1</label></td><td data-label=\"Mẫu số\">7.818</td>"
                + "<td data-label=\"Số gần nhất\">" + VI.count(last(WARD_1)) + " (18/8/2020)"
                + "</td>"), html);
        assertEquals("", inputValue(html, WARD_1), "no figure of the day yet");

        long ward1 = last(WARD_1) + 100;
        long ward5 = last(WARD_5) + 1_234;
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(WARD_1, VI.count(ward1) + " người");
        typed.put(WARD_5, VI.count(ward5).replace('.', ' '));
        HttpResponse<String> saved = post(c, DAY, "save", typed);
        assertEquals(200, saved.statusCode());
        String result = saved.body();
        assertTrue(result.contains("<p id=\"entry-outcome\" class=\"met\">Đã lưu số liệu ngày"
                + " 19/8/2020: 2 đơn vị thêm mới hoặc sửa, 0 đơn vị không đổi.</p>"), result);
        assertTrue(result.contains("<tr id=\"result-" + WARD_1 + "\" class=\"new\">"
                + "<td class=\"t\" data-label=\"Mã\">" + WARD_1 + "</td><td class=\"t\""
                + " data-label=\"Đơn vị\">Phường 1</td><td data-label=\"Số trước\">"
                + VI.count(last(WARD_1)) + " (18/8/2020)</td><td data-label=\"Số mới\">"
                + VI.count(ward1) + "</td><td class=\"t\" data-label=\"Kết quả\">mới</td></tr>"),
                result);
        assertEquals(Map.of(WARD_1, ward1, WARD_5, ward5), figures(DAY));
        assertEquals(VI.count(ward1), inputValue(result, WARD_1), "the figure stored");

        // the default day follows the figures stored: the unit pages show them without a day
        assertEquals(DAY, dashboard.defaultDay());
        String unit = c.get("/units/" + WARD_1).body();
        assertTrue(unit.contains("<span class=\"big\" id=\"count\">" + VI.count(ward1)
                + "</span>"), unit);
        assertTrue(unit.contains("value=\"" + DAY + "\""), "the page is of 19/8: " + unit);
        String district = c.get("/units/794?date=" + DAY).body();
        assertTrue(district.contains("<tr id=\"child-" + WARD_5 + "\"><td class=\"t\"><a href="),
                district);
        assertTrue(district.contains("<td class=\"t\">Phường 5</td><td>" + VI.count(ward5)
                + "</td>"), district);
        assertEquals(VI.count(ward5), inputValue(c.get("/entry?date=" + DAY).body(), WARD_5),
                "the form shows the day's figure");
    }

    @Test
    void aFallingCountIsRefusedAtItsInputInThePagesLanguageAndNothingIsStored()
            throws Exception {
        WebClient c = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        Map<String, Long> before = figures(DAY);
        String falling = VI.count(last(WARD_3) - 1);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(WARD_3, falling);
        typed.put(WARD_2, VI.count(last(WARD_2) + 5));
        String html = squash(post(c, DAY, "save", typed).body());
        assertTrue(html.contains("<p id=\"entry-outcome\" class=\"notmet\">Không lưu gì: có 1"
                + " lỗi; hãy sửa các ô được chỉ ra rồi gửi lại.</p>"), html);
        assertTrue(html.contains("<tr id=\"row-" + WARD_3 + "\" class=\"notmet\">"), html);
        assertTrue(html.contains("id=\"count-" + WARD_3 + "\" value=\"" + falling + "\""
                + " aria-invalid=\"true\" aria-describedby=\"problem-" + WARD_3 + "\">"
                + "<ul class=\"problems field\" id=\"problem-" + WARD_3 + "\">"
                + "<li class=\"notmet\">" + WARD_3 + " Phường 3: " + falling + " người thấp hơn"
                + " số đã báo ngày 18/8/2020"), "the problem next to its input: " + html);
        assertFalse(html.contains("id=\"entry-result\""), "no old -> new when refused");
        assertEquals(before, figures(DAY), "nothing stored");

        String english = squash(c.post("/entry?lang=en", "_csrf=" + c.token() + "&date=" + DAY
                + "&action=save&count%5B" + WARD_3 + "%5D=" + falling).body());
        assertTrue(english.contains("<ul class=\"problems field\" id=\"problem-" + WARD_3
                + "\"><li class=\"notmet\">" + WARD_3 + " Phường 3: "
                + UptakeFormat.english().count(last(WARD_3) - 1) + " people is below the figure"
                + " reported for 18 Aug 2020"), english);
        assertTrue(english.contains("<p id=\"entry-outcome\" class=\"notmet\">Nothing stored: 1"
                + " error(s); correct the fields shown and send again.</p>"), english);
        assertEquals(before, figures(DAY));
    }

    @Test
    void checkFirstShowsOldAndNewFiguresAndStoresNothing() throws Exception {
        WebClient c = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        Map<String, Long> before = figures(DAY);
        long next = last(WARD_3) + 7;
        String html = post(c, DAY, "check", Map.of(WARD_3, Long.toString(next))).body();
        assertTrue(html.contains("<p id=\"entry-outcome\" class=\"missing\">Kiểm tra trước, chưa"
                + " lưu gì: 1 đơn vị sẽ được thêm mới hoặc sửa,"), html);
        assertTrue(html.contains("<tr id=\"result-" + WARD_3 + "\" class=\"new\">"), html);
        assertTrue(html.contains("<td data-label=\"Số mới\">" + VI.count(next) + "</td>"), html);
        assertTrue(html.contains("<p id=\"hint\">Nếu các số đã đúng, bấm “Lưu” để lưu.</p>"),
                html);
        assertEquals(Long.toString(next), inputValue(html, WARD_3), "what was typed stays");
        assertEquals(before, figures(DAY), "nothing stored");
    }

    /** The day the paste tests send figures for: today, for units no other test types. */
    private static final LocalDate PASTE_DAY = DAY;
    private static final String WARD_6 = "27700";
    private static final String HUONG_THO_PHU = "27703";

    private static HttpResponse<String> paste(WebClient c, String action, String lines)
            throws Exception {
        return c.post("/entry", "_csrf=" + c.token() + "&date=" + PASTE_DAY
                + "&segment=residents&action=" + action + "&messages=" + URLEncoder.encode(lines,
                StandardCharsets.UTF_8));
    }

    /** A count above every figure a unit has (other tests store some), so it never falls. */
    private static long above(String code) {
        long max = 0;
        for (LocalDate d = LAST; !d.isAfter(PASTE_DAY); d = d.plusDays(1)) {
            max = Math.max(max, figures(d).getOrDefault(code, 0L));
        }
        return max + 40;
    }

    @Test
    void pastedChatLinesTakeTheTypedFiguresPathCheckedThenStored() throws Exception {
        WebClient c = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        long ward3 = above(WARD_6);
        long ward5 = above(HUONG_THO_PHU);
        String lines = "Báo cáo ngày 19/8\nPhường 6: " + VI.count(ward3) + " người\n"
                + "hướng thọ phú - " + ward5 + "\n";
        Map<String, Long> before = figures(PASTE_DAY);
        HttpResponse<String> checked = paste(c, "check", lines);
        assertEquals(200, checked.statusCode());
        assertEquals(before, figures(PASTE_DAY), "checked, nothing stored");
        assertTrue(checked.body().contains("id=\"result-" + WARD_6 + "\""), checked.body());
        assertTrue(checked.body().contains("Phường 6: " + VI.count(ward3) + " người"),
                "the lines shown again to save: " + checked.body());
        HttpResponse<String> saved = paste(c, "save", lines);
        assertEquals(200, saved.statusCode());
        assertEquals(ward3, figures(PASTE_DAY).get(WARD_6), saved.body());
        assertEquals(ward5, figures(PASTE_DAY).get(HUONG_THO_PHU));
        assertTrue(saved.body().contains("<textarea id=\"paste\" name=\"messages\" rows=\"6\""
                + " aria-describedby=\"paste-help\"></textarea>"), "stored: the box is empty");
    }

    @Test
    void pastedLinesThatCannotBeReadAreRefusedAtTheirLineAndNothingIsStored() throws Exception {
        WebClient c = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        Map<String, Long> before = figures(PASTE_DAY);
        HttpResponse<String> r = paste(c, "save", "Phường 6: 1,5\nXã Không Có: 12\n");
        assertEquals(200, r.statusCode());
        assertEquals(before, figures(PASTE_DAY), "nothing stored");
        String page = r.body();
        assertTrue(page.contains("Dòng 1, cột 11: "), page);
        assertTrue(page.contains("Dòng 2, cột 1: Không có đơn vị nào tên"), page);
        assertTrue(page.contains("Phường 6: 1,5"), "the lines shown again to fix: " + page);
        HttpResponse<String> otherDay = paste(c, "save", "Báo cáo ngày 18/8\nPhường 6: 9.999\n");
        assertTrue(otherDay.body().contains("Dòng 2: số liệu của ngày 2020-08-18, trang đang"
                + " nhập ngày 2020-08-19"), otherDay.body());
        assertEquals(before, figures(PASTE_DAY));
    }

    @Test
    void aViewerIsRefusedWithAClearPageAndSeesNoLink() throws Exception {
        WebClient c = WebClient.loggedIn(base, "lanhdao", "kiemthu-lanhdao");
        assertFalse(c.get("/units/80").body().contains("id=\"nav-entry\""));
        HttpResponse<String> page = c.get("/entry?date=" + DAY);
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("<p id=\"why\" class=\"notmet\">Tài khoản của bạn chỉ"
                + " được xem số liệu, không được nhập."), page.body());
        Map<String, Long> before = figures(DAY);
        HttpResponse<String> posted = post(c, DAY, "save", Map.of(WARD_3,
                Long.toString(last(WARD_3) + 1)));
        assertEquals(403, posted.statusCode());
        assertEquals(before, figures(DAY));
    }

    @Test
    void aUnitOutsideTheUsersSubtreeIsRefusedAndNeverOffered() throws Exception {
        WebClient c = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        assertFalse(c.get("/entry?date=" + DAY).body().contains("count-" + DONG_THANH),
                "Đức Huệ's communes are not in Tân An's form");
        Map<String, Long> before = figures(DAY);
        HttpResponse<String> r = post(c, DAY, "save", Map.of(DONG_THANH, "5000"));
        assertEquals(200, r.statusCode());
        String html = squash(r.body());
        assertTrue(html.contains("<p id=\"entry-outcome\" class=\"notmet\">"), html);
        assertTrue(html.contains("<ul class=\"problems\" id=\"problems\"><li class="
                + "\"notmet\">Đơn vị " + DONG_THANH + " Thị trấn Đông Thành không thuộc 794"
                + " Thành phố Tân An"), html);
        assertEquals(before, figures(DAY), "nothing stored");
        // without the CSRF token nothing is even checked
        assertEquals(403, c.post("/entry", "date=" + DAY + "&action=save&count%5B" + WARD_3
                + "%5D=9999999").statusCode());
        assertEquals(before, figures(DAY));
    }

    @Test
    void aDayThatIsNoneOrHasNotComeIsSaidSo() throws Exception {
        WebClient c = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        assertEquals(400, c.get("/entry?date=2020-02-30").statusCode());
        String future = c.get("/entry?date=" + DAY.plusDays(1)).body();
        assertTrue(future.contains("<li class=\"notmet\">Ngày 20/8/2020 chưa đến"), future);
        assertFalse(future.contains("id=\"entry-form\""), future);
        assertEquals(400, c.get("/entry?date=" + DAY + "&segment=nobody").statusCode());
        // without a day, the form is of today in the province, the day a clerk types
        assertTrue(c.get("/entry").body().contains("name=\"date\" value=\"" + DAY + "\""));
    }

    @Test
    void figuresPostedUnderASegmentTheConfigurationDoesNotHaveAreRefusedInBothLanguages()
            throws Exception {
        WebClient c = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        for (String segment : List.of("resident", "martians")) {
            String form = "_csrf=" + c.token() + "&date=" + DAY + "&segment=" + segment
                    + "&action=store&" + URLEncoder.encode("count[" + WARD_3 + "]",
                    StandardCharsets.UTF_8) + "=" + (last(WARD_3) + 5);
            HttpResponse<String> r = c.post("/entry", form);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("“" + segment + "” không phải là đối tượng được cấu hình;"
                    + " các đối tượng được cấu hình là: "), r.body());
            assertTrue(r.body().contains("residents"), "the configured segments are listed: "
                    + r.body());
            assertEquals(Map.of(), figures(Segment.of(segment), DAY), "nothing stored");
        }
        c.get("/entry?lang=en");
        HttpResponse<String> english = c.post("/entry", "_csrf=" + c.token() + "&date=" + DAY
                + "&segment=martians&action=check");
        assertEquals(400, english.statusCode());
        assertTrue(english.body().contains("“martians” is not a configured segment; the"
                + " configured segments are: "), english.body());
    }

    /** Returns the figures stored under a segment on a day. */
    private static Map<String, Long> figures(Segment segment, LocalDate day) {
        Map<String, Long> out = new TreeMap<>();
        storage.reportStore().forEachCurrent(segment, day, day,
                (code, d, count) -> out.put(code, count));
        return out;
    }
}
