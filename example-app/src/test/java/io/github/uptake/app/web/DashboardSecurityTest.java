package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.config.AppConfig;
import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Segment;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The security layer on the real dashboard, built as {@code uptake serve} builds it (the public
 * constructor, uploads limited to 1 MB): the headers of a page, a cross-site post of the data
 * entry form refused, logins paused after five wrong passwords, an upload over the limit refused
 * with the Vietnamese message.
 */
class DashboardSecurityTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 18);
    private static JdbcStorage storage;
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() {
        storage = DemoDatabases.demo("dashboard-security-test");
        AppConfig config = new AppConfig(null, null, null, null, null, null, null, null,
                new AppConfig.Security(null, null, null, null, null, null, 1));
        dashboard = new Dashboard(storage, TestAccounts.demo(), config, ColumnMapping.defaults(),
                Clock.systemUTC());
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        dashboard.stop();
    }

    @Test
    void aPageCarriesTheSecurityHeaders() throws Exception {
        WebClient c = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        HttpResponse<String> r = c.get("/entry?date=" + DAY);
        assertEquals(200, r.statusCode());
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElseThrow());
        assertFalse(r.body().contains("style=\""), "no inline style");
        assertFalse(r.body().contains("<script"), "no script");
    }

    @Test
    void aCrossSitePostOfTheEntryFormIsRefusedEvenWithTheToken() throws Exception {
        SessionClient c = SessionClient.loggedIn(base, "tanan", "kiemthu-tanan");
        String form = "_csrf=" + c.token() + "&date=" + DAY + "&action=save&count%5B27694%5D="
                + "999999";
        Map<String, Long> before = figures();
        HttpResponse<String> r = c.send("POST", "/entry", form, Map.of("Content-Type",
                "application/x-www-form-urlencoded", "Origin", "https://evil.example"));
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("được gửi từ một trang khác (https://evil.example)"),
                r.body());
        HttpResponse<String> noOrigin = c.send("POST", "/entry", form, Map.of("Content-Type",
                "application/x-www-form-urlencoded"));
        assertEquals(403, noOrigin.statusCode(), "a page's form names its origin");
        assertEquals(before, figures(), "nothing stored");
    }

    @Test
    void theSixthWrongPasswordIsAnsweredWithAPause() throws Exception {
        WebClient c = new WebClient(base);
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> r = c.post("/login", "_csrf=" + c.token()
                    + "&user=duchue&password=sai-" + i);
            assertEquals("/login?error=1", r.headers().firstValue("Location").orElseThrow(),
                    "wrong password " + i);
        }
        HttpResponse<String> sixth = c.post("/login", "_csrf=" + c.token()
                + "&user=duchue&password=kiemthu-duchue");
        assertEquals(429, sixth.statusCode());
        long wait = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait > 0 && wait <= 15 * 60, "Retry-After " + wait);
        assertTrue(sixth.body().startsWith("Đăng nhập đang tạm dừng vì nhập sai mật khẩu quá"
                + " nhiều lần."), sixth.body());
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithTheVietnameseMessage() throws Exception {
        WebClient c = WebClient.loggedIn(base, "tanan", "kiemthu-tanan");
        HttpResponse<String> r = c.upload(c.token(), "store", DAY.toString(), "qua-lon.xlsx",
                new byte[1_200_000]);
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("Tệp quá lớn: 1,3 MB; giới hạn là 1 MB. Hãy chia nhỏ tệp"),
                r.body());
    }

    private static Map<String, Long> figures() {
        Map<String, Long> out = new java.util.TreeMap<>();
        storage.reportStore().forEachCurrent(Segment.RESIDENTS, DAY, DAY,
                (code, d, count) -> out.put(code, count));
        return out;
    }
}
