package io.github.uptake.app.web.security;

import io.github.uptake.app.config.AppConfig;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.session.SessionHandler;

/**
 * The dashboard's security layer, after the OWASP cheat sheets, installed in two calls around
 * the routes:
 *
 * <pre>{@code
 * WebSecurity security = new WebSecurity(appConfig.security(), clock);
 * Javalin app = Javalin.create(config -> {
 *     security.configure(config);    // sessions, size backstop, request log
 *     ...
 * });
 * security.install(app);            // first: before any of the dashboard's before-handlers
 * app.before(dashboard::authenticate);
 * ...
 * // in POST /login, once the password is right and the session renewed:
 * ctx.sessionAttribute(WebSecurity.USER, user.name());
 * security.loggedIn(ctx);
 * }</pre>
 *
 * <p>What it does to every request, in this order (a refusal stops the request: no later
 * before-handler, route or after-handler runs):
 * <ol>
 *   <li>Sets the security headers ({@code Content-Security-Policy} without
 *   {@code 'unsafe-inline'}, {@code X-Content-Type-Options}, {@code X-Frame-Options},
 *   {@code Referrer-Policy: same-origin}, {@code Cache-Control: no-store} except on static files;
 *   {@code Strict-Transport-Security} over TLS): OWASP HTTP Security Response Headers, Content
 *   Security Policy and Clickjacking Defense Cheat Sheets. The dashboard's pages must therefore
 *   load their scripts and styles from files of their own origin, never inline, and use no
 *   {@code style=} attributes or {@code on...=} handlers.</li>
 *   <li>Answers 413 at once, without reading the body, if {@code Content-Length} is over
 *   {@code maxUploadBytes()}; counts a body without a length as it is read and answers 413 when
 *   it passes the limit; a 413 says {@code Connection: close} and the connection is closed two
 *   seconds later, so the client stops sending (OWASP File Upload Cheat Sheet).</li>
 *   <li>Refuses with 403 a {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE} whose
 *   {@code Origin} (else {@code Referer}) is another site's; a page request naming neither is
 *   refused too, an API request naming neither goes on (OWASP Cross-Site Request Forgery
 *   Prevention Cheat Sheet). This is besides the routes' CSRF tokens, which stay needed.</li>
 *   <li>Ends a logged-in session idle for {@code sessionIdleMinutes} or logged in for
 *   {@code sessionMaxHours}, by the injected clock: a page goes to {@code /login?expired=1}, an
 *   API request gets 401 (OWASP Session Management Cheat Sheet).</li>
 * </ol>
 * Each refusal says why in Vietnamese and English: plain text for pages, and for {@code /api/}
 * a JSON object {@code {"error": code, "vi": ..., "en": ...}} with the codes
 * {@code too-large}, {@code origin-missing}, {@code cross-origin} and {@code session-expired}.
 *
 * <p>The session cookie (OWASP Session Management Cheat Sheet): HttpOnly, SameSite=Lax, Secure
 * when {@code secureCookies}; named {@code id} ({@code __Host-id} over TLS) so that it does not
 * name the server; never carried in URLs ({@code ;jsessionid=}); and Jetty drops a session idle
 * for {@code sessionIdleMinutes}. {@link #loggedIn} renews the session id at login.
 *
 * <p>The request log: one line per request at INFO on the logger {@code uptake.request}, e.g.
 * {@code GET /units/794?date=2020-08-15&token=* 200 12ms user=sotttt ip=127.0.0.1}, with no form
 * body, password, cookie or other query value (OWASP Logging Cheat Sheet). The login throttle is
 * {@link LoginThrottle}, used by the login route.
 *
 * <p>Uses the session attributes {@link #USER} (the logged-in user's name, set by the login
 * route) and {@link #LANG} ({@code vi} or {@code en}). Thread-safe; one instance serves one app.
 */
public final class WebSecurity {
    /** The session attribute that holds the logged-in user's name. */
    public static final String USER = "user";
    /** The session attribute that holds the user's language, {@code vi} or {@code en}. */
    public static final String LANG = "lang";
    /** The login page, where an ended session is sent. */
    public static final String LOGIN_PATH = "/login";

    private final AppConfig.Security settings;
    private final SecurityHeaders headers;
    private final UploadLimit uploads;
    private final OriginCheck origins;
    private final SessionTimeouts timeouts;

    /**
     * Creates the layer.
     *
     * @param settings  the security settings, not null
     * @param clock  the clock session times are measured on, not null
     */
    public WebSecurity(AppConfig.Security settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        this.headers = new SecurityHeaders(settings.secureCookies());
        this.uploads = new UploadLimit(settings.maxUploadBytes());
        this.origins = new OriginCheck(settings.secureCookies());
        this.timeouts = new SessionTimeouts(Duration.ofMinutes(settings.sessionIdleMinutes()),
                Duration.ofHours(settings.sessionMaxHours()), clock);
    }

    /**
     * Configures Javalin and Jetty: the session cookie and idle timeout, Javalin's
     * {@code http.maxRequestSize} set to {@code maxUploadBytes()} (a backstop for
     * {@code ctx.body()}; the before-handler refuses first), and the request log as Javalin's
     * request logger (do not set another). Call it inside {@code Javalin.create}.
     *
     * @param config  the app's configuration, not null
     */
    public void configure(JavalinConfig config) {
        config.http.maxRequestSize = settings.maxUploadBytes();
        config.jetty.modifyServletContextHandler(handler -> sessions(handler.getSessionHandler()));
        RequestLog.configure(config);
    }

    private void sessions(SessionHandler sessions) {
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.getSessionCookieConfig().setSecure(settings.secureCookies());
        sessions.getSessionCookieConfig().setName(settings.secureCookies() ? "__Host-id" : "id");
        sessions.setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE));
        sessions.setMaxInactiveInterval(settings.sessionIdleMinutes() * 60);
    }

    /**
     * Adds the layer's handlers to the app: a before-handler (headers, upload size, origin,
     * session timeouts), an after-handler and the handlers that answer a body found too large
     * while it is read. Call it before adding any other before-handler, so that the layer runs
     * first.
     *
     * @param app  the app, not started, not null
     */
    public void install(Javalin app) {
        app.before(this::before);
        app.exception(UploadTooLargeException.class, (e, ctx) -> uploads.refuse(ctx, -1));
        app.error(413, ctx -> {
            if (!uploads.answered(ctx)) {
                long declared = ctx.req().getContentLengthLong();
                uploads.refuse(ctx, declared > settings.maxUploadBytes() ? declared : -1);
            }
        });
        app.after(ctx -> {
            // a route that caught the exception and answered otherwise still answers 413
            if (uploads.exceeded(ctx) && !uploads.answered(ctx)) {
                uploads.refuse(ctx, -1);
            }
        });
    }

    private void before(Context ctx) {
        RequestLog.remember(ctx);
        headers.apply(ctx);
        if (uploads.refused(ctx) || origins.refused(ctx) || timeouts.ended(ctx)) {
            ctx.skipRemainingHandlers();
        }
    }

    /**
     * Marks the request's session as logged in now: renews the session id unless the session was
     * made in this request (against session fixation; the attributes are kept), and stamps the
     * login time from which the absolute and idle timeouts are counted. The login route calls it
     * once the password is right and {@link #USER} is set; a session with a user but no stamp is
     * ended at its next request.
     *
     * @param ctx  the login request, not null
     */
    public void loggedIn(Context ctx) {
        HttpServletRequest req = ctx.req();
        if (!req.getSession(true).isNew()) {
            req.changeSessionId();  // a session made in this request is new already
        }
        timeouts.stamp(req);
    }
}
