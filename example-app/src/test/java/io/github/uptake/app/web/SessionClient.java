package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A session with a dashboard as a program holds it, for the tests of the JSON API and the
 * security layer: its own cookies, redirects not followed, and every header of a request chosen
 * by the test (no {@code Origin} unless given, as {@code curl} sends none).
 */
final class SessionClient {
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * A session with no one logged in.
     *
     * @param base  the dashboard's address, e.g. {@code http://127.0.0.1:7070}
     */
    SessionClient(String base) {
        this.base = base;
    }

    /**
     * A session logged in through the login form, as the README's {@code curl} example does:
     * the login page's CSRF token, then the form posted with the dashboard's own origin.
     */
    static SessionClient loggedIn(String base, String user, String password) throws Exception {
        SessionClient c = new SessionClient(base);
        String form = "_csrf=" + c.token() + "&user=" + user + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = c.send("POST", "/login", form, Map.of("Content-Type",
                "application/x-www-form-urlencoded", "Origin", base));
        assertEquals(302, r.statusCode(), "logging in as " + user);
        return c;
    }

    /** Returns the session's CSRF token, read from the login page (or any page of the user's). */
    String token() throws IOException, InterruptedException {
        return WebClient.token(send("GET", "/login", null, Map.of()).body());
    }

    /**
     * Sends a request.
     *
     * @param method  GET or POST
     * @param path  the path and query
     * @param body  the body, null for none
     * @param headers  the headers to send, by name
     * @return the answer
     */
    HttpResponse<String> send(String method, String path, String body,
                              Map<String, String> headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Posts JSON to the API, with the session's CSRF token in {@code X-CSRF-Token} unless it is
     * null, and no {@code Origin}.
     */
    HttpResponse<String> postJson(String path, String json, String csrf) throws IOException,
            InterruptedException {
        return send("POST", path, json, csrf == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "X-CSRF-Token", csrf));
    }
}
