package io.github.uptake.app.web.security;

import io.github.uptake.app.config.AppConfig;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A tiny app with the security layer installed as the dashboard installs it, on a real Jetty on
 * a free port: a login with the throttle, a logged-in page, a form, an upload, a static file and
 * a JSON API; and an HTTP client with a cookie jar that does not follow redirects.
 */
final class TinyApp implements AutoCloseable {
    /** The accounts and their passwords. */
    static final Map<String, String> PASSWORDS = Map.of("clerk", "right-password",
            "other", "other-password");

    final TestClock clock = new TestClock();
    final AppConfig.Security settings;
    final WebSecurity security;
    final LoginThrottle throttle;
    final Javalin app;
    final HttpClient client;
    final String base;
    private final Path staticDir;

    private TinyApp(AppConfig.Security settings) throws IOException {
        this.settings = settings;
        this.security = new WebSecurity(settings, clock);
        this.throttle = new LoginThrottle(settings, clock);
        this.staticDir = Files.createTempDirectory("tiny-static");
        Files.writeString(staticDir.resolve("app.css"), "body { margin: 0 }\n");
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            security.configure(config);
            config.staticFiles.add(staticDir.toString(), Location.EXTERNAL);
        });
        security.install(app);
        routes();
        app.start("127.0.0.1", 0);
        this.base = "http://127.0.0.1:" + app.port();
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Starts the app with default settings but for the given ones. */
    static TinyApp start() throws IOException {
        return start(settings(false, null, null, null, null, null, null));
    }

    /** Starts the app with the settings. */
    static TinyApp start(AppConfig.Security settings) throws IOException {
        return new TinyApp(settings);
    }

    /** Security settings; null takes the default. */
    static AppConfig.Security settings(boolean secureCookies, Integer idleMinutes,
                                       Integer maxHours, Integer perAccount, Integer perAddress,
                                       Integer pauseMinutes, Integer maxUploadMegabytes) {
        return new AppConfig.Security(secureCookies, idleMinutes, maxHours, perAccount, perAddress,
                pauseMinutes, maxUploadMegabytes);
    }

    private void routes() {
        app.get("/login", ctx -> {
            ctx.sessionAttribute("csrf", "token");  // a login page always opens a session
            String lang = ctx.queryParam("lang");
            if (lang != null) {
                ctx.sessionAttribute(WebSecurity.LANG, lang);
            }
            ctx.result("login page" + (ctx.queryParam("expired") != null ? " (expired)" : "")
                    + " lang=" + ctx.sessionAttribute(WebSecurity.LANG));
        });
        app.post("/login", ctx -> {
            String name = ctx.formParam("user");
            String address = ctx.ip();
            Optional<Duration> wait = throttle.retryAfter(name, address);
            if (wait.isPresent()) {
                throttle.refuse(ctx, wait.get(), !"en".equals(
                        ctx.sessionAttribute(WebSecurity.LANG)));
                return;
            }
            String password = ctx.formParam("password");
            if (name == null || password == null || !password.equals(PASSWORDS.get(name))) {
                throttle.failed(name, address);
                ctx.redirect("/login?error=1");
                return;
            }
            throttle.succeeded(name, address);
            ctx.sessionAttribute(WebSecurity.USER, name);
            security.loggedIn(ctx);
            ctx.redirect("/home");
        });
        app.get("/login-without-stamp", ctx -> {
            ctx.sessionAttribute(WebSecurity.USER, "clerk");
            ctx.result("user set, login not stamped");
        });
        app.post("/logout", ctx -> {
            ctx.req().getSession().invalidate();
            ctx.redirect("/login");
        });
        app.get("/home", ctx -> {
            String user = ctx.sessionAttribute(WebSecurity.USER);
            if (user == null) {
                ctx.redirect("/login");
                return;
            }
            ctx.html("<p>home of " + user + "</p>");
        });
        app.get("/who/*", ctx -> ctx.result("user=" + ctx.sessionAttribute(WebSecurity.USER)));
        app.post("/form", ctx -> ctx.result("saved " + ctx.formParam("note")));
        app.post("/upload", ctx -> {
            UploadedFile file = ctx.uploadedFile("file");
            ctx.result("received " + (file == null ? 0 : file.size()) + " bytes");
        });
        app.post("/upload-swallowing", ctx -> {
            try {
                ctx.req().getInputStream().readAllBytes();
                ctx.result("read it all");
            } catch (IOException e) {
                ctx.result("swallowed " + e.getClass().getSimpleName());
            }
        });
        app.post("/too-large-by-javalin", ctx -> {
            throw new HttpResponseException(413, "Content Too Large");
        });
        app.get("/api/me", ctx -> {
            String user = ctx.sessionAttribute(WebSecurity.USER);
            if (user == null) {
                ctx.status(401).json(Map.of("error", "log in first"));
                return;
            }
            ctx.json(Map.of("user", user));
        });
        app.post("/api/reports", ctx -> ctx.json(Map.of("received", ctx.bodyAsBytes().length)));
    }

    /** A GET. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST with the given Origin and Referer (null for none). */
    HttpResponse<String> post(String path, Map<String, String> form, String origin,
                              String referer) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (referer != null) {
            b.header("Referer", referer);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A same-origin form POST, as the browser sends it from the app's own page. */
    HttpResponse<String> post(String path, Map<String, String> form)
            throws IOException, InterruptedException {
        return post(path, form, base, base + "/home");
    }

    /** Logs in (same origin) and returns the answer. */
    HttpResponse<String> login(String user, String password)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("user", user);
        form.put("password", password);
        return post("/login", form);
    }

    private static String encode(Map<String, String> form) {
        StringBuilder b = new StringBuilder();
        form.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        app.stop();
        try (var files = Files.list(staticDir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(staticDir);
    }
}
