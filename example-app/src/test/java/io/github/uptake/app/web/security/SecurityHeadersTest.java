package io.github.uptake.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    private static TinyApp tiny;

    @BeforeAll
    static void start() throws Exception {
        tiny = TinyApp.start();
    }

    @AfterAll
    static void stop() throws Exception {
        tiny.close();
    }

    private static void assertSecurityHeaders(HttpResponse<String> r) {
        String what = r.request().method() + " " + r.uri().getPath() + " " + r.statusCode();
        assertEquals(List.of(CSP), r.headers().allValues("Content-Security-Policy"), what);
        assertFalse(r.headers().firstValue("Content-Security-Policy").orElseThrow()
                .contains("unsafe-inline"), what);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null),
                what);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), what);
        assertEquals("same-origin", r.headers().firstValue("Cross-Origin-Opener-Policy")
                .orElse(null), what);
        assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(),
                "no HSTS without TLS: " + what);
    }

    @Test
    void everyAnswerCarriesTheHeaders_pagesApiErrorsAndRefusals() throws Exception {
        assertSecurityHeaders(tiny.get("/login"));
        assertSecurityHeaders(tiny.get("/home"));                       // 302 to the login
        assertSecurityHeaders(tiny.get("/api/me"));                     // 401
        assertSecurityHeaders(tiny.get("/no-such-page"));               // 404
        HttpResponse<String> refused = tiny.post("/form", Map.of("note", "x"),
                "http://evil.example", null);
        assertEquals(403, refused.statusCode());
        assertSecurityHeaders(refused);
        assertSecurityHeaders(tiny.get("/app.css"));
    }

    @Test
    void loggedInPagesAndTheApiAreNeverStored() throws Exception {
        assertEquals(302, tiny.login("clerk", "right-password").statusCode());
        HttpResponse<String> home = tiny.get("/home");
        assertEquals("<p>home of clerk</p>", home.body());
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(null));
        HttpResponse<String> api = tiny.get("/api/me");
        assertEquals(200, api.statusCode());
        assertEquals("no-store", api.headers().firstValue("Cache-Control").orElse(null));
    }

    @Test
    void staticFilesKeepTheirOwnCacheHeader() throws Exception {
        HttpResponse<String> css = tiny.get("/app.css");
        assertEquals(200, css.statusCode());
        assertEquals("max-age=0", css.headers().firstValue("Cache-Control").orElse(null));
    }

    @Test
    void overTlsTheBrowserIsToldToKeepToHttps() throws Exception {
        try (TinyApp secure = TinyApp.start(TinyApp.settings(true, null, null, null, null, null,
                null))) {
            HttpResponse<String> r = secure.get("/login");
            assertEquals("max-age=31536000",
                    r.headers().firstValue("Strict-Transport-Security").orElse(null));
            assertEquals(CSP, r.headers().firstValue("Content-Security-Policy").orElse(null));
        }
    }
}
