package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.demo.DemoLoader;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard over plain HTTP: sessions, CSRF, scopes, escaping and the JSON API. */
class DashboardTest {
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:dashboard-test;DB_CLOSE_DELAY=-1");
        JdbcStorage storage = JdbcStorage.open(ds, JdbcOptions.defaults());
        DemoLoader.load(storage, LongAnDemo.make());
        dashboard = new Dashboard(storage, Accounts.demo(), LongAnDemo.DAY);
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        dashboard.stop();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpResponse<String> get(HttpClient c, String path) throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient c, String path, String form)
            throws Exception {
        return c.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    private static HttpClient loggedIn(String user, String password) throws Exception {
        HttpClient c = client();
        String t = token(get(c, "/login").body());
        HttpResponse<String> r = post(c, "/login", "_csrf=" + t + "&user=" + user + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
        assertEquals(302, r.statusCode());
        return c;
    }

    @Test
    void nothingWithoutLoggingInAndNoLoginWithoutTheCsrfToken() throws Exception {
        HttpClient c = client();
        assertEquals(302, get(c, "/units/80").statusCode());
        assertEquals(401, get(c, "/api/units/80").statusCode());
        get(c, "/login");
        assertEquals(403, post(c, "/login", "user=sotttt&password=demo-sotttt").statusCode());
        String t = token(get(c, "/login").body());
        HttpResponse<String> wrong = post(c, "/login", "_csrf=" + t
                + "&user=sotttt&password=nope");
        assertEquals("/login?error=1", wrong.headers().firstValue("Location").orElseThrow());
        assertEquals(200, get(c, "/openapi.yaml").statusCode());
    }

    @Test
    void aUserSeesItsSubtreeOnlyAndPostsNeedTheToken() throws Exception {
        HttpClient c = loggedIn("tanan", "demo-tanan");
        HttpResponse<String> own = get(c, "/units/794");
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Thành phố Tân An"));
        assertEquals(200, get(c, "/units/27685").statusCode());
        assertEquals(403, get(c, "/units/801").statusCode());
        assertEquals(403, get(c, "/units/80").statusCode());
        assertEquals(403, get(c, "/api/units/80").statusCode());
        assertEquals(403, get(c, "/units/801/template.xlsx").statusCode());
        assertEquals(404, get(c, "/units/99999").statusCode());
        assertEquals(403, post(c, "/upload", "x=1").statusCode());
        HttpResponse<String> api = get(c, "/api/units/794");
        assertTrue(api.body().contains("\"count\":16933"), api.body());
        HttpResponse<String> file = get(c, "/units/794/template.xlsx?date=2020-08-19");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("mau-794-2020-08-19.xlsx"));
    }

    @Test
    void theDepartmentSeesEverythingIncludingTheSectoralTreeNeverAddedToTheTerritorial()
            throws Exception {
        HttpClient c = loggedIn("sotttt", "demo-sotttt");
        String province = get(c, "/units/80").body();
        assertTrue(province.contains("id=\"rate\">11,09%"), province);
        assertTrue(province.contains("<ol id=\"lagging\"><li>"), "the lagging communes");
        assertTrue(province.contains("0 đơn vị dưới 10%."), "no commune is under 10%");
        String sectoral = get(c, "/units/UBND-LA?segment=workers&date=2020-08-18").body();
        assertTrue(sectoral.contains("Doanh nghiệp trong khu, cụm công nghiệp"), sectoral);
        assertTrue(get(c, "/units/80/report.xlsx").statusCode() == 200);
        String english = get(c, "/units/80?lang=en").body();
        assertTrue(english.contains("id=\"rate\">11.09%"), english);
        assertTrue(english.contains("Units below"));
    }

    @Test
    void aUnitsHistoryCanBeReadAsItWasOrReBasedOntoTayNinhAndEachViewSaysWhichItIs()
            throws Exception {
        HttpClient c = loggedIn("tanan", "demo-tanan");
        String asItWas = get(c, "/units/794").body();
        assertTrue(asItWas.contains("<strong id=\"as-it-was\">theo địa giới khi báo cáo</strong>"),
                asItWas);
        assertTrue(asItWas.contains("id=\"rebased-2025-07-01\" href=\"/units/794/rebased?date="
                + "2020-08-15&onto=2025-07-01\""), asItWas);
        assertTrue(asItWas.contains("theo địa giới khi báo cáo (từ ngày 01 tháng 6 năm 2020)"),
                "the chart says it is as it was");
        HttpResponse<String> page = get(c, "/units/794/rebased?date=2020-08-15&onto=2025-07-01");
        assertEquals(200, page.statusCode());
        String rebased = page.body();
        assertTrue(rebased.contains("tính lại theo địa giới từ ngày 01 tháng 7 năm 2025"),
                "the chart and heading say it is re-based");
        assertTrue(rebased.contains("<strong id=\"rebased-2025-07-01\">"), rebased);
        assertTrue(rebased.contains("NQ 1244/NQ-UBTVQH15") && rebased.contains("(unofficial)"));
        assertTrue(rebased.contains("<tr id=\"row-80\"><td class=\"t\">80</td><td class=\"t\">"
                + "Tỉnh Tây Ninh</td><td>16.933</td>"), "Tân An's total, unchanged: " + rebased);
        assertTrue(rebased.contains("<tr id=\"row-27694\">"), "Phường Long An");
        assertTrue(rebased.contains("27688 Phường 2"), "Phường 2 went into it through Phường 1");
        assertEquals(403, get(c, "/units/801/rebased?date=2020-08-15&onto=2025-07-01")
                .statusCode());
        assertEquals(404, get(c, "/units/794/rebased?date=2020-08-15&onto=2019-01-01")
                .statusCode());
        HttpClient dept = loggedIn("sotttt", "demo-sotttt");
        String bl = get(dept, "/units/803/rebased?date=2020-08-15&onto=2025-07-01&lang=en")
                .body();
        assertTrue(bl.contains("<span class=\"estimated\">≈</span>"), "Tân Hòa was split: " + bl);
    }
}
