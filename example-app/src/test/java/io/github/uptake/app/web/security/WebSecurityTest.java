package io.github.uptake.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebSecurityTest {
    private static String sessionCookie(HttpResponse<String> r) {
        List<String> cookies = r.headers().allValues("Set-Cookie");
        assertEquals(1, cookies.size(), "one session cookie: " + cookies);
        return cookies.get(0);
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndNamesNoServer() throws Exception {
        try (TinyApp tiny = TinyApp.start()) {
            String cookie = sessionCookie(tiny.get("/login"));
            String lower = cookie.toLowerCase(Locale.ROOT);
            assertTrue(cookie.startsWith("id="), cookie);
            assertTrue(lower.contains("; httponly"), cookie);
            assertTrue(lower.contains("; samesite=lax"), cookie);
            assertFalse(lower.contains("; secure"), "no TLS, no Secure: " + cookie);
        }
    }

    @Test
    void overTlsTheSessionCookieIsSecureAndHostBound() throws Exception {
        try (TinyApp tiny = TinyApp.start(TinyApp.settings(true, null, null, null, null, null,
                null))) {
            String cookie = sessionCookie(tiny.get("/login"));
            String lower = cookie.toLowerCase(Locale.ROOT);
            assertTrue(cookie.startsWith("__Host-id="), cookie);
            assertTrue(lower.contains("; secure"), cookie);
            assertTrue(lower.contains("; path=/"), cookie);
            assertFalse(lower.contains("domain="), cookie);
            assertTrue(lower.contains("; httponly"), cookie);
            assertTrue(lower.contains("; samesite=lax"), cookie);
        }
    }

    @Test
    void loginRenewsTheSessionId() throws Exception {
        try (TinyApp tiny = TinyApp.start()) {
            String before = sessionCookie(tiny.get("/login")).split(";")[0];
            String after = sessionCookie(tiny.login("clerk", "right-password")).split(";")[0];
            assertNotEquals(before, after);
            assertEquals("<p>home of clerk</p>", tiny.get("/home").body());
        }
    }

    @Test
    void aLoginInAFreshSessionSetsOneCookie() throws Exception {
        try (TinyApp tiny = TinyApp.start()) {
            // no session before: the one made by the login is new, so it is not renewed again
            HttpResponse<String> r = tiny.login("clerk", "right-password");
            assertEquals(1, r.headers().allValues("Set-Cookie").size(), r.headers().map()
                    .toString());
            assertEquals("<p>home of clerk</p>", tiny.get("/home").body());
        }
    }

    @Test
    void aSessionIdInTheAddressIsIgnored() throws Exception {
        try (TinyApp tiny = TinyApp.start()) {
            tiny.login("clerk", "right-password");
            assertEquals("user=clerk", tiny.get("/who/me").body());
            String id = tiny.client.cookieHandler().orElseThrow()
                    .get(URI.create(tiny.base), Map.of()).get("Cookie").get(0)
                    .replaceFirst("^(?:.*; *)?id=([^;]*).*$", "$1");
            HttpClient stranger = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> r = stranger.send(HttpRequest.newBuilder(
                    URI.create(tiny.base + "/who/me;jsessionid=" + id)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("user=null", r.body());
        }
    }

    @Test
    void configureSetsJavalinsBodyLimitToTheUploadLimit() {
        WebSecurity security = new WebSecurity(TinyApp.settings(false, null, null, null, null,
                null, 7), Clock.systemUTC());
        long[] seen = new long[1];
        Javalin app = Javalin.create(config -> {
            security.configure(config);
            seen[0] = config.http.maxRequestSize;
        });
        assertNotNull(app);
        assertEquals(7_000_000L, seen[0]);
    }
}
