package io.github.uptake.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A minimal W3C WebDriver client for Debian's chromium-driver driving headless Chromium: enough to
 * open pages, type, click, upload a file, read text and take screenshots in the end-to-end tests.
 */
final class WebDriver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private final Process driver;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String session;

    WebDriver(Path profile) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder("chromedriver", "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        base = "http://127.0.0.1:" + port;
        for (int i = 0; i < 100; i++) {
            try {
                if (call("GET", "/status", null).path("value").path("ready").asBoolean()) {
                    break;
                }
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        Map<String, Object> caps = Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "browserName", "chrome", "goog:chromeOptions", Map.of(
                        "binary", "/usr/bin/chromium",
                        "args", List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                                "--disable-dev-shm-usage", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run",
                                "--window-size=1100,1400",
                                "--user-data-dir=" + profile.toAbsolutePath())))));
        session = call("POST", "/session", caps).path("value").path("sessionId").asText();
    }

    void open(String url) throws IOException, InterruptedException {
        call("POST", "/session/" + session + "/url", Map.of("url", url));
    }

    /** Finds an element, waiting up to ten seconds for it while a page loads after a click. */
    String find(String css) throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode v = call("POST", "/session/" + session + "/element",
                    Map.of("using", "css selector", "value", css)).path("value");
            if (v.has(ELEMENT)) {
                return v.path(ELEMENT).asText();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no element " + css + " on " + source());
    }

    boolean present(String css) throws IOException, InterruptedException {
        return call("POST", "/session/" + session + "/elements",
                Map.of("using", "css selector", "value", css)).path("value").size() > 0;
    }

    /** Waits up to ten seconds for an element, as a page loads after a click; true if it came. */
    boolean waitFor(String css) throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (present(css)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    void type(String css, String text) throws IOException, InterruptedException {
        call("POST", "/session/" + session + "/element/" + find(css) + "/value",
                Map.of("text", text));
    }

    void click(String css) throws IOException, InterruptedException {
        call("POST", "/session/" + session + "/element/" + find(css) + "/click", Map.of());
    }

    /** Reads an element's text, finding it again if the page was replaced in between. */
    String text(String css) throws IOException, InterruptedException {
        for (int i = 0; i < 50; i++) {
            JsonNode v = call("GET", "/session/" + session + "/element/" + find(css) + "/text",
                    null).path("value");
            if (!v.isObject() || !v.has("error")) {
                return v.asText();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the text of " + css + " could not be read on " + source());
    }

    String source() throws IOException, InterruptedException {
        return call("GET", "/session/" + session + "/source", null).path("value").asText();
    }

    void screenshot(Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(call("GET", "/session/" + session
                + "/screenshot", null).path("value").asText()));
    }

    private JsonNode call(String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return JSON.readTree(http.send(r.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Override
    public void close() {
        try {
            call("DELETE", "/session/" + session, null);
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // the driver is stopped next anyway
        }
        driver.destroy();
    }
}
