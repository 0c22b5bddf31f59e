package io.github.uptake.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionTimeoutsTest {
    private static void assertLoggedIn(TinyApp tiny) throws Exception {
        HttpResponse<String> home = tiny.get("/home");
        assertEquals(200, home.statusCode());
        assertEquals("<p>home of clerk</p>", home.body());
    }

    private static void assertEnded(TinyApp tiny) throws Exception {
        HttpResponse<String> r = tiny.get("/home");
        assertEquals(302, r.statusCode());
        assertEquals("/login?expired=1", r.headers().firstValue("Location").orElse(null));
        // the session is gone: the next request is simply not logged in
        HttpResponse<String> again = tiny.get("/home");
        assertEquals("/login", again.headers().firstValue("Location").orElse(null));
    }

    @Test
    void anIdleSessionEnds() throws Exception {
        try (TinyApp tiny = TinyApp.start()) {  // 30 minutes idle
            tiny.login("clerk", "right-password");
            assertLoggedIn(tiny);
            tiny.clock.advance(Duration.ofMinutes(29));
            assertLoggedIn(tiny);
            tiny.clock.advance(Duration.ofMinutes(30));
            assertEnded(tiny);
        }
    }

    @Test
    void useKeepsASessionButNotPastItsAbsoluteTimeout() throws Exception {
        try (TinyApp tiny = TinyApp.start(TinyApp.settings(false, 30, 2, null, null, null,
                null))) {
            tiny.login("clerk", "right-password");
            for (int i = 0; i < 5; i++) {  // every 20 minutes for 1 h 40 min
                tiny.clock.advance(Duration.ofMinutes(20));
                assertLoggedIn(tiny);
            }
            tiny.clock.advance(Duration.ofMinutes(20));  // 2 h after login
            assertEnded(tiny);
        }
    }

    @Test
    void anEndedSessionAnswersTheApiWith401() throws Exception {
        try (TinyApp tiny = TinyApp.start()) {
            tiny.login("clerk", "right-password");
            assertEquals(200, tiny.get("/api/me").statusCode());
            tiny.clock.advance(Duration.ofMinutes(31));
            HttpResponse<String> r = tiny.get("/api/me");
            assertEquals(401, r.statusCode());
            assertEquals("{\"error\":\"session-expired\",\"vi\":\"Phiên làm việc đã hết hạn; hãy"
                    + " đăng nhập lại.\",\"en\":\"The session has expired; log in again.\"}",
                    r.body());
        }
    }

    @Test
    void theLanguageOutlivesTheEndedSession() throws Exception {
        try (TinyApp tiny = TinyApp.start()) {
            tiny.get("/login?lang=en");
            tiny.login("clerk", "right-password");
            tiny.clock.advance(Duration.ofHours(1));
            assertEquals("/login?expired=1", tiny.get("/home").headers().firstValue("Location")
                    .orElse(null));
            HttpResponse<String> login = tiny.get("/login?expired=1");
            assertEquals("login page (expired) lang=en", login.body());
        }
    }

    @Test
    void aLoginThatForgetsTheStampIsEndedAtOnce() throws Exception {
        try (TinyApp tiny = TinyApp.start()) {
            assertEquals("user set, login not stamped", tiny.get("/login-without-stamp").body());
            assertEnded(tiny);
        }
    }

    @Test
    void aSessionWithoutLoginIsLeftAlone() throws Exception {
        try (TinyApp tiny = TinyApp.start()) {
            tiny.get("/login?lang=en");
            tiny.clock.advance(Duration.ofDays(2));
            HttpResponse<String> r = tiny.get("/login");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().endsWith("lang=en"), r.body());
        }
    }
}
