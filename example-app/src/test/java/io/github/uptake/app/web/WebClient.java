package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session with a dashboard over plain HTTP, for the tests: its own cookies, redirects
 * not followed, forms posted as a browser posts them (the upload as multipart).
 */
final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * A session with no one logged in.
     *
     * @param base  the dashboard's address, e.g. {@code http://127.0.0.1:7070}
     */
    WebClient(String base) {
        this.base = base;
    }

    /** A session of a user logged in through the login form. */
    static WebClient loggedIn(String base, String user, String password) throws Exception {
        WebClient c = new WebClient(base);
        String t = token(c.get("/login").body());
        HttpResponse<String> r = c.post("/login", "_csrf=" + t + "&user=" + user + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
        assertEquals(302, r.statusCode(), "logging in as " + user);
        return c;
    }

    /** Returns the dashboard's address. */
    String base() {
        return base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Returns the CSRF token of a page. */
    static String token(String html) {
        Matcher m = CSRF.matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    /** Returns the session's CSRF token, read from a page of the user's. */
    String token() throws IOException, InterruptedException {
        return token(get("/login").body());
    }

    /**
     * Posts the upload form as a browser does (multipart), with a CSRF token unless it is null;
     * the file's name is sent as given, bytes and all.
     */
    HttpResponse<String> upload(String token, String action, String day, String filename,
                                byte[] content) throws IOException, InterruptedException {
        String boundary = "----uptake" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        if (token != null) {
            fields.put("_csrf", token);
        }
        if (day != null) {
            fields.put("date", day);
        }
        fields.put("action", action);
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"" + filename + "\"\r\nContent-Type: application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
