package io.github.uptake.app.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OriginCheckTest {
    private static final Map<String, String> NOTE = Map.of("note", "hello");
    private static TinyApp tiny;

    @BeforeAll
    static void start() throws Exception {
        tiny = TinyApp.start();
    }

    @AfterAll
    static void stop() throws Exception {
        tiny.close();
    }

    private static HttpResponse<String> postJson(TinyApp app, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.base + "/api/reports"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reports\":[]}"));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return app.client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFormPostFromTheAppItselfIsAccepted() throws Exception {
        HttpResponse<String> r = tiny.post("/form", NOTE, tiny.base, null);
        assertEquals(200, r.statusCode());
        assertEquals("saved hello", r.body());
    }

    @Test
    void aFormPostFromAnotherSiteIsRefusedWithTheReasonInBothLanguages() throws Exception {
        HttpResponse<String> r = tiny.post("/form", NOTE, "http://evil.example",
                "http://evil.example/page");
        assertEquals(403, r.statusCode());
        assertFalse(r.body().contains("saved"), "the route did not run");
        assertTrue(r.body().startsWith("Yêu cầu bị từ chối: nó được gửi từ một trang khác"
                + " (http://evil.example), không phải từ Uptake (" + tiny.base + ")."), r.body());
        assertTrue(r.body().contains("Request refused: it was sent from another site"
                + " (http://evil.example), not from Uptake (" + tiny.base + ")."), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
    }

    @Test
    void anotherPortOrSchemeIsAnotherSite() throws Exception {
        int port = tiny.app.port();
        for (String origin : new String[] {"http://127.0.0.1:" + (port + 1),
                "https://127.0.0.1:" + port, "http://localhost:" + port, "null"}) {
            assertEquals(403, tiny.post("/form", NOTE, origin, null).statusCode(), origin);
        }
    }

    @Test
    void withoutOriginTheRefererDecides() throws Exception {
        assertEquals(200, tiny.post("/form", NOTE, null, tiny.base + "/home?date=2020-08-15")
                .statusCode());
        assertEquals(403, tiny.post("/form", NOTE, null, "http://evil.example/form")
                .statusCode());
    }

    @Test
    void aFormPostNamingNoOriginIsRefused() throws Exception {
        HttpResponse<String> r = tiny.post("/form", NOTE, null, null);
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("không có Origin và Referer"), r.body());
        assertTrue(r.body().contains("no Origin or Referer header"), r.body());
    }

    @Test
    void theApiTakesCallsWithoutOriginButNotFromAnotherSite() throws Exception {
        HttpResponse<String> system = postJson(tiny, null);
        assertEquals(200, system.statusCode(), system.body());
        assertEquals(200, postJson(tiny, tiny.base).statusCode());
        HttpResponse<String> foreign = postJson(tiny, "http://evil.example");
        assertEquals(403, foreign.statusCode());
        assertTrue(foreign.headers().firstValue("Content-Type").orElseThrow()
                .startsWith("application/json"), foreign.headers().map().toString());
        assertTrue(foreign.body().startsWith("{\"error\":\"cross-origin\",\"vi\":\"Yêu cầu bị"
                + " từ chối"), foreign.body());
        assertTrue(foreign.body().contains("\"en\":\"Request refused"), foreign.body());
    }

    @Test
    void readsAreNotChecked() throws Exception {
        HttpRequest get = HttpRequest.newBuilder(URI.create(tiny.base + "/login"))
                .header("Origin", "http://evil.example").build();
        assertEquals(200, tiny.client.send(get, HttpResponse.BodyHandlers.ofString())
                .statusCode());
    }

    @Test
    void behindATlsProxyTheHostIsReachedOverHttps() throws Exception {
        try (TinyApp tls = TinyApp.start(TinyApp.settings(true, null, null, null, null, null,
                null))) {
            String host = "127.0.0.1:" + tls.app.port();
            // the proxy ends TLS and forwards plain HTTP with the Host kept
            assertEquals(200, tls.post("/form", NOTE, "https://" + host, null).statusCode());
            assertEquals(403, tls.post("/form", NOTE, "http://" + host, null).statusCode());
        }
    }

    @Test
    void originsCompareWithTheDefaultPortFilledIn() {
        assertEquals(SiteOrigin.of("http://Example.VN:80/x?y"), SiteOrigin.of("http://example.vn"));
        assertEquals(SiteOrigin.ofHost("https", "uptake.example.vn:443"),
                SiteOrigin.of("https://uptake.example.vn"));
        assertEquals(SiteOrigin.ofHost("http", "[::1]:7070"), SiteOrigin.of("http://[::1]:7070/"));
        assertEquals("https://uptake.example.vn",
                SiteOrigin.of("https://uptake.example.vn:443/a").orElseThrow().toString());
        assertEquals(Optional.empty(), SiteOrigin.of("null"));
        assertEquals(Optional.empty(), SiteOrigin.of("ftp://example.vn"));
        assertEquals(Optional.empty(), SiteOrigin.ofHost("http", "evil.example@good.vn"));
        assertEquals(Optional.empty(), SiteOrigin.ofHost("http", null));
    }
}
