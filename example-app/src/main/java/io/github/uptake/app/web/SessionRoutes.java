package io.github.uptake.app.web;

import io.github.uptake.app.web.view.LoginPage;
import io.github.uptake.app.web.security.LoginThrottle;
import io.github.uptake.app.web.security.WebSecurity;
import io.javalin.Javalin;
import java.time.Duration;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Logging in and out, and the gate every other route is behind: a request without a user is sent
 * to the login page (the JSON API answers 401). The login form carries the session's CSRF token;
 * logging in starts a new session that keeps the language. This class is immutable and
 * thread-safe.
 */
final class SessionRoutes {
    private final Site site;
    private final WebSecurity security;
    private final LoginThrottle throttle;

    SessionRoutes(Site site, WebSecurity security, LoginThrottle throttle) {
        this.site = site;
        this.security = security;
        this.throttle = throttle;
    }

    /**
     * Adds the gate and the routes.
     *
     * @param app  the app, not null
     */
    void register(Javalin app) {
        app.before(this::gate);
        app.get("/login", this::loginPage);
        app.post("/login", this::login);
        app.post("/logout", this::logout);
        app.get("/", ctx -> {
            String date = ctx.queryParam("date");
            ctx.redirect(home(ctx) + (date == null ? "" : "?date=" + Frames.encode(date)));
        });
    }

    /** Returns true for what is shown without logging in. */
    static boolean open(String path) {
        return path.equals("/login") || path.equals("/openapi.yaml")
                || path.startsWith("/static/");
    }

    private void gate(Context ctx) {
        site.sessions().rememberLanguage(ctx);
        if (!open(ctx.path()) && site.sessions().user(ctx).isEmpty()) {
            if (ctx.path().startsWith("/api/")) {
                ApiRoutes.error(ctx, 401, "log in first", "api.login", null);
            } else {
                ctx.redirect("/login");
            }
            ctx.skipRemainingHandlers();
        }
    }

    private void loginPage(Context ctx) {
        Messages msg = site.sessions().messages(ctx);
        site.pages().answer(ctx, 200, "login.jte", new LoginPage(site.frames().of(ctx,
                msg.get("login.title"), null, null), site.sessions().csrf(ctx),
                ctx.queryParam("error") != null, ctx.queryParam("expired") != null), msg);
    }

    private void login(Context ctx) {
        site.sessions().checkCsrf(ctx);
        String name = ctx.formParam("user");
        String address = ctx.ip();
        // a paused account or address is refused before its password is even checked
        Optional<Duration> wait = throttle.retryAfter(name, address);
        if (wait.isPresent()) {
            throttle.refuse(ctx, wait.get(), site.sessions().messages(ctx).isVietnamese());
            return;
        }
        Optional<Accounts.User> u = site.sessions().accounts().login(name,
                ctx.formParam("password"));
        if (u.isEmpty()) {
            throttle.failed(name, address);
            ctx.redirect("/login?error=1");
            return;
        }
        throttle.succeeded(name, address);
        site.sessions().start(ctx, u.get());
        security.loggedIn(ctx);
        ctx.redirect(home(ctx));
    }

    private void logout(Context ctx) {
        if (site.sessions().csrfOk(ctx)) {
            site.sessions().end(ctx);
        }
        ctx.redirect("/login");
    }

    private String home(Context ctx) {
        return "/units/" + Frames.encode(site.frames().home(site.sessions().requireUser(ctx),
                site.days().defaultDay()));
    }
}
