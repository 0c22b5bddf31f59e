package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.accounts.Account;
import io.github.uptake.app.accounts.AccountStore;
import io.github.uptake.app.accounts.Role;
import io.github.uptake.app.demo.LongAnDemo;
import io.github.uptake.jdbc.JdbcStorage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The administrators' page of the accounts over HTTP: the list without a password hash, a new
 * password that works while the old one no longer does, disabling that stops logins (and the
 * session open), enabling again, 403 for anyone else, no administrator disabling itself, and an
 * administrator of a district managing only its district's accounts.
 */
class DashboardAccountsTest {
    private static final Pattern NEW_PASSWORD = Pattern.compile(
            "<code id=\"new-password\">([^<]+)</code>");
    private static Accounts accounts;
    private static Dashboard dashboard;
    private static String base;

    @BeforeAll
    static void start() {
        JdbcStorage storage = DemoDatabases.demo("dashboard-accounts-test");
        accounts = TestAccounts.demo();
        accounts.store().add(List.of(
                account("xadongthanh", "UBND thị trấn Đông Thành", "27898", Role.REPORTER),
                account("phuong1", "UBND Phường 1", "27694", Role.REPORTER),
                account("tamthoi", "Tài khoản tạm thời", "794", Role.VIEWER),
                account("qtduchue", "Quản trị huyện Đức Huệ", "801", Role.ADMINISTRATOR)));
        dashboard = new Dashboard(storage, accounts, LongAnDemo.DAY);
        base = "http://127.0.0.1:" + dashboard.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        dashboard.stop();
    }

    private static AccountStore.NewAccount account(String name, String display, String unit,
                                                   Role role) {
        return new AccountStore.NewAccount(new Account(name, display, Optional.of(unit), role,
                false, false), "kiemthu-" + name);
    }

    /** Tells whether a login with a password is accepted, through the login form. */
    private static boolean logsIn(String user, String password) throws Exception {
        WebClient c = new WebClient(base);
        HttpResponse<String> r = c.post("/login", "_csrf=" + c.token() + "&user=" + user
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        return r.headers().firstValue("Location").filter(l -> !l.startsWith("/login"))
                .isPresent();
    }

    @Test
    void theListShowsEveryAccountWithItsUnitRoleAndStateButNoHash() throws Exception {
        WebClient admin = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
        assertTrue(admin.get("/units/80").body().contains(
                "<a id=\"nav-accounts\" href=\"/admin/accounts\">Tài khoản</a>"));
        HttpResponse<String> r = admin.get("/admin/accounts");
        assertEquals(200, r.statusCode());
        String html = r.body().replaceAll(">\\s+<", "><");
        for (Account a : accounts.store().list()) {
            assertTrue(html.contains("<tr id=\"account-" + a.name() + "\""), a.name());
            String hash = accounts.store().find(a.name()).orElseThrow().passwordHash();
            for (String part : hash.split("\\$")) {
                assertFalse(part.length() > 8 && html.contains(part), "a part of the hash of "
                        + a.name() + " is on the page");
            }
        }
        assertFalse(html.contains("pbkdf2"), html);
        assertTrue(html.contains("<tr id=\"account-tanan\"><td class=\"t\" data-label=\"Tên đăng"
                + " nhập\">tanan</td><td class=\"t\" data-label=\"Tên hiển thị\">UBND Thành phố"
                + " Tân An</td><td class=\"t\" data-label=\"Đơn vị\">794 Thành phố Tân An</td>"
                + "<td class=\"t\" data-label=\"Vai trò\">báo cáo</td><td class=\"t state\""
                + " data-label=\"Trạng thái\">đang hoạt động</td>"), html);
        assertTrue(html.contains("data-label=\"Đơn vị\">Tất cả đơn vị</td><td class=\"t\""
                + " data-label=\"Vai trò\">quản trị</td>"), "the Department's account: " + html);
        // no button disables the administrator's own account
        String own = html.substring(html.indexOf("<tr id=\"account-sotttt\""));
        own = own.substring(0, own.indexOf("</tr>"));
        assertFalse(own.contains("/disable"), own);
        assertTrue(own.contains("action=\"/admin/accounts/sotttt/password\""), own);
    }

    @Test
    void aNewPasswordIsShownOnceAndWorksWhileTheOldOneNoLongerDoes() throws Exception {
        WebClient admin = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
        assertTrue(logsIn("phuong1", "kiemthu-phuong1"));
        assertEquals(403, admin.post("/admin/accounts/phuong1/password", "x=1").statusCode(),
                "without the CSRF token");
        HttpResponse<String> r = admin.post("/admin/accounts/phuong1/password", "_csrf="
                + admin.token());
        assertEquals(200, r.statusCode());
        Matcher m = NEW_PASSWORD.matcher(r.body());
        assertTrue(m.find(), r.body());
        String password = m.group(1);
        assertEquals(16, password.length());
        assertTrue(r.body().contains("Mật khẩu mới của tài khoản phuong1 (UBND Phường 1):"),
                r.body());
        assertFalse(logsIn("phuong1", "kiemthu-phuong1"), "the old password");
        assertTrue(logsIn("phuong1", password), "the new password");
        assertFalse(admin.get("/admin/accounts").body().contains(password),
                "the password is shown once");
    }

    @Test
    void aDisabledAccountCannotLogInAndItsSessionEndsUntilEnabled() throws Exception {
        WebClient user = WebClient.loggedIn(base, "tamthoi", "kiemthu-tamthoi");
        assertEquals(200, user.get("/units/794").statusCode());
        WebClient admin = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
        HttpResponse<String> r = admin.post("/admin/accounts/tamthoi/disable", "_csrf="
                + admin.token());
        assertEquals(200, r.statusCode());
        String html = r.body().replaceAll(">\\s+<", "><");
        assertTrue(html.contains("<p id=\"notice\" class=\"met\">Đã khóa tài khoản tamthoi"),
                html);
        assertTrue(html.contains("data-label=\"Trạng thái\">đã khóa</td>"), html);
        assertTrue(html.contains("action=\"/admin/accounts/tamthoi/enable\""), html);
        assertEquals(302, user.get("/units/794").statusCode(), "the open session ends");
        assertFalse(logsIn("tamthoi", "kiemthu-tamthoi"));

        admin.post("/admin/accounts/tamthoi/enable", "_csrf=" + admin.token());
        assertTrue(logsIn("tamthoi", "kiemthu-tamthoi"));
    }

    @Test
    void noOneButAnAdministratorMayManageTheAccounts() throws Exception {
        for (String name : List.of("tanan", "lanhdao")) {
            WebClient c = WebClient.loggedIn(base, name, "kiemthu-" + name);
            assertFalse(c.get("/units/794").body().contains("id=\"nav-accounts\""), name);
            HttpResponse<String> page = c.get("/admin/accounts");
            assertEquals(403, page.statusCode(), name);
            assertTrue(page.body().contains("Chỉ quản trị viên mới được quản lý tài khoản."),
                    page.body());
            assertEquals(403, c.post("/admin/accounts/duchue/password", "_csrf=" + c.token())
                    .statusCode(), name);
            assertEquals(403, c.post("/admin/accounts/duchue/disable", "_csrf=" + c.token())
                    .statusCode(), name);
        }
        assertTrue(logsIn("duchue", "kiemthu-duchue"), "neither password nor state changed");
    }

    @Test
    void anAdministratorCannotDisableItself() throws Exception {
        WebClient admin = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
        HttpResponse<String> r = admin.post("/admin/accounts/SOTTTT/disable", "_csrf="
                + admin.token());
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("<p id=\"notice\" class=\"notmet\">Bạn không thể tự khóa"
                + " tài khoản của mình; hãy nhờ một quản trị viên khác.</p>"), r.body());
        assertFalse(accounts.store().find("sotttt").orElseThrow().account().disabled());
        assertEquals(200, admin.get("/admin/accounts").statusCode(), "still logged in");
        assertEquals(404, admin.post("/admin/accounts/khongco/disable", "_csrf="
                + admin.token()).statusCode());
    }

    @Test
    void anAdministratorOfADistrictManagesOnlyItsDistrictsAccounts() throws Exception {
        WebClient admin = WebClient.loggedIn(base, "qtduchue", "kiemthu-qtduchue");
        String html = admin.get("/admin/accounts").body();
        for (String shown : List.of("duchue", "xadongthanh", "qtduchue")) {
            assertTrue(html.contains("id=\"account-" + shown + "\""), shown);
        }
        for (String hidden : List.of("sotttt", "tanan", "lanhdao", "phuong1")) {
            assertFalse(html.contains("id=\"account-" + hidden + "\""), hidden);
        }
        assertEquals(403, admin.post("/admin/accounts/tanan/disable", "_csrf=" + admin.token())
                .statusCode());
        assertFalse(accounts.store().find("tanan").orElseThrow().account().disabled());
    }

    @Test
    void everyRoleIsNamedInBothLanguages() {
        for (Role role : Role.values()) {
            assertTrue(Messages.vietnamese().has("role." + role.id()), role.id());
            assertTrue(Messages.english().has("role." + role.id()), role.id());
        }
    }

    @Test
    void aNewPasswordEndsTheAccountsOpenSessionsButNotTheAdministratorsOwn() throws Exception {
        accounts.store().add(List.of(
                account("xamoi", "UBND xã mới", "27898", Role.REPORTER),
                account("qtmoi", "Quản trị mới", "801", Role.ADMINISTRATOR)));
        WebClient clerk = WebClient.loggedIn(base, "xamoi", "kiemthu-xamoi");
        assertEquals(200, clerk.get("/units/27898").statusCode());
        WebClient admin = WebClient.loggedIn(base, "sotttt", "kiemthu-sotttt");
        assertEquals(200, admin.post("/admin/accounts/xamoi/password", "_csrf="
                + admin.token()).statusCode());
        HttpResponse<String> after = clerk.get("/units/27898");
        assertEquals(302, after.statusCode(), "the clerk's open session ends, as on disabling");
        assertEquals("/login", after.headers().firstValue("Location").orElseThrow());
        assertEquals(200, admin.get("/admin/accounts").statusCode(), "the administrator's goes on");
        // an administrator who gives its own account a new password keeps its session
        WebClient self = WebClient.loggedIn(base, "qtmoi", "kiemthu-qtmoi");
        assertEquals(200, self.post("/admin/accounts/qtmoi/password", "_csrf=" + self.token())
                .statusCode());
        assertEquals(200, self.get("/admin/accounts").statusCode());
        assertFalse(logsIn("qtmoi", "kiemthu-qtmoi"), "the old password no longer logs in");
    }
}
