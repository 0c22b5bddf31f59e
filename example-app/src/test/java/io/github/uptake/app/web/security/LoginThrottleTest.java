package io.github.uptake.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.config.AppConfig;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final TestClock clock = new TestClock();

    private static AppConfig.Security defaults() {  // 5 per account, 20 per address, 15 minutes
        return TinyApp.settings(false, null, null, null, null, null, null);
    }

    private static void fail(LoginThrottle t, String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            t.failed(account, address);
        }
    }

    @Test
    void fiveWrongPasswordsPauseTheAccountForFifteenMinutes() {
        LoginThrottle t = new LoginThrottle(defaults(), clock);
        fail(t, "clerk", "10.0.0.1", 4);
        assertEquals(Optional.empty(), t.retryAfter("clerk", "10.0.0.1"));
        clock.advance(Duration.ofMinutes(1));
        t.failed("clerk", "10.0.0.1");
        assertEquals(Optional.of(Duration.ofMinutes(15)), t.retryAfter("clerk", "10.0.0.2"),
                "the account is paused from any address");
        clock.advance(Duration.ofMinutes(10));
        assertEquals(Optional.of(Duration.ofMinutes(5)), t.retryAfter("CLERK ", "10.0.0.3"),
                "the name is case folded");
        clock.advance(Duration.ofMinutes(5));
        assertEquals(Optional.empty(), t.retryAfter("clerk", "10.0.0.1"), "the pause lifts");
        t.failed("clerk", "10.0.0.1");
        assertEquals(Optional.empty(), t.retryAfter("clerk", "10.0.0.1"),
                "after a pause the count starts again");
    }

    @Test
    void failuresFurtherApartThanThePauseDoNotAddUp() {
        LoginThrottle t = new LoginThrottle(defaults(), clock);
        for (int i = 0; i < 10; i++) {
            t.failed("clerk", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(16));
        }
        assertEquals(Optional.empty(), t.retryAfter("clerk", "10.0.0.1"));
    }

    @Test
    void anAddressIsPausedAfterTwentyFailuresAcrossAccounts() {
        LoginThrottle t = new LoginThrottle(defaults(), clock);
        for (int i = 0; i < 20; i++) {
            t.failed("user" + i, "203.0.113.9");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), t.retryAfter("clerk", "203.0.113.9"));
        assertEquals(Optional.empty(), t.retryAfter("clerk", "203.0.113.10"));
    }

    @Test
    void anIpv6ClientIsCountedByItsNetwork() {
        LoginThrottle t = new LoginThrottle(defaults(), clock);
        for (int i = 0; i < 20; i++) {
            t.failed("user" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        assertTrue(t.retryAfter("clerk", "[2001:db8:1:2:ffff::9]").isPresent());
        assertEquals(Optional.empty(), t.retryAfter("clerk", "2001:db8:1:3::1"));
        assertEquals("2001:db8:1:2::/64", LoginThrottle.addressKey("2001:0db8:1:2:a:b:c:d"));
        assertEquals("192.0.2.1", LoginThrottle.addressKey("::ffff:192.0.2.1"));
        assertEquals("192.0.2.1", LoginThrottle.addressKey("192.0.2.1"));
    }

    @Test
    void successClearsTheAccountsCountButNotTheAddresss() {
        LoginThrottle t = new LoginThrottle(TinyApp.settings(false, null, null, 3, 5, null, null),
                clock);
        fail(t, "clerk", "10.0.0.1", 2);
        t.succeeded("clerk", "10.0.0.1");
        fail(t, "clerk", "10.0.0.1", 2);
        assertEquals(Optional.empty(), t.retryAfter("clerk", "10.0.0.2"),
                "2 + 2 failures with a success between: the account is not paused");
        assertTrue(t.retryAfter("anyone", "10.0.0.1").isEmpty());
        t.failed("other", "10.0.0.1");
        assertTrue(t.retryAfter("anyone", "10.0.0.1").isPresent(),
                "5 failures from the address, the success notwithstanding");
    }

    @Test
    void memoryIsBoundedWhateverIsSent() {
        LoginThrottle t = new LoginThrottle(defaults(), clock, 50);
        for (int i = 0; i < 5_000; i++) {
            t.failed("name" + i, "198.51.100." + (i % 250) + "." + i);
        }
        assertTrue(t.counted() <= 100, "counted " + t.counted());
    }

    @Test
    void theRouteRefusesAPausedLoginWith429EvenWithTheRightPassword() throws Exception {
        try (TinyApp tiny = TinyApp.start()) {
            for (int i = 1; i <= 5; i++) {
                HttpResponse<String> wrong = tiny.login("clerk", "wrong-" + i);
                assertEquals("/login?error=1", wrong.headers().firstValue("Location").orElse(null),
                        "wrong password " + i);
            }
            HttpResponse<String> sixth = tiny.login("clerk", "wrong-6");
            assertEquals(429, sixth.statusCode());
            assertEquals("900", sixth.headers().firstValue("Retry-After").orElse(null));
            assertEquals("Đăng nhập đang tạm dừng vì nhập sai mật khẩu quá nhiều lần. Hãy thử lại"
                    + " sau 15 phút.\nLogging in is paused after too many wrong passwords. Try"
                    + " again in 15 minutes.\n", sixth.body());

            tiny.clock.advance(Duration.ofMinutes(14).plusSeconds(30));
            HttpResponse<String> right = tiny.login("clerk", "right-password");
            assertEquals(429, right.statusCode(), "paused even with the right password");
            assertEquals("30", right.headers().firstValue("Retry-After").orElse(null));
            assertEquals(302, tiny.get("/home").statusCode(), "and not logged in");

            tiny.clock.advance(Duration.ofSeconds(31));
            HttpResponse<String> after = tiny.login("clerk", "right-password");
            assertEquals("/home", after.headers().firstValue("Location").orElse(null));
            assertEquals("<p>home of clerk</p>", tiny.get("/home").body());
        }
    }

    @Test
    void theRoutePausesAnAddressThatTriesManyAccounts() throws Exception {
        try (TinyApp tiny = TinyApp.start(TinyApp.settings(false, null, null, 5, 3, 10, null))) {
            tiny.login("alice", "guess");
            tiny.login("bob", "guess");
            tiny.login("carol", "guess");
            HttpResponse<String> r = tiny.login("clerk", "right-password");
            assertEquals(429, r.statusCode());
            assertEquals("600", r.headers().firstValue("Retry-After").orElse(null));
        }
    }

    @Test
    void theRefusalPutsTheUsersLanguageFirst() throws Exception {
        try (TinyApp tiny = TinyApp.start(TinyApp.settings(false, null, null, 1, null, null,
                null))) {
            tiny.get("/login?lang=en");
            tiny.login("clerk", "wrong");
            HttpResponse<String> r = tiny.login("clerk", "wrong");
            assertTrue(r.body().startsWith("Logging in is paused after too many wrong passwords."
                    + " Try again in 15 minutes.\nĐăng nhập"), r.body());
        }
        assertEquals("1 second", LoginThrottle.wait(1, false));
        assertEquals("59 giây", LoginThrottle.wait(59, true));
        assertEquals("2 minutes", LoginThrottle.wait(61, false));
    }
}
