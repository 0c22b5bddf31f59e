package io.github.uptake.app.web.security;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;

/**
 * Ends a logged-in session that has been idle too long or has lasted too long since login, on
 * the server, whatever the browser keeps (OWASP Session Management Cheat Sheet, "Idle Timeout"
 * and "Absolute Timeout"). Jetty also drops sessions idle for the same time; this check runs on
 * the injected clock, so the rule is the same in production and in tests.
 *
 * <p>A session is logged in when it has a {@link WebSecurity#USER} or the login stamp that
 * {@link WebSecurity#loggedIn} writes. One that has a user but no stamp is ended at once: a login
 * route that forgets to stamp fails closed. The ended session is invalidated; a page request is
 * sent to {@code /login?expired=1} (in a new session that keeps only the language), an API
 * request gets 401 with the reason in Vietnamese and English.
 */
final class SessionTimeouts {
    /** The login time, epoch milliseconds ({@link Long}). */
    static final String LOGIN_AT = "uptake.security.loginAt";
    /** The time of the last request, epoch milliseconds ({@link Long}). */
    static final String LAST_SEEN = "uptake.security.lastSeen";

    private final long idleMillis;
    private final long maxMillis;
    private final Clock clock;

    /**
     * Creates the check.
     *
     * @param idle  how long a session may go unused, positive
     * @param max  how long a session may last after login, positive
     * @param clock  the clock, not null
     */
    SessionTimeouts(Duration idle, Duration max, Clock clock) {
        this.idleMillis = idle.toMillis();
        this.maxMillis = max.toMillis();
        this.clock = clock;
    }

    /** Stamps the session (created if needed) as logged in now. */
    void stamp(HttpServletRequest req) {
        long now = clock.millis();
        HttpSession session = req.getSession(true);
        session.setAttribute(LOGIN_AT, now);
        session.setAttribute(LAST_SEEN, now);
    }

    /**
     * Ends the request's session if it is logged in and has timed out, else records the request.
     *
     * @param ctx  the request, not null
     * @return true if the session was ended and the request answered
     */
    boolean ended(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session == null) {
            return false;
        }
        Object user;
        Object loginAt;
        Object lastSeen;
        Object lang;
        try {
            user = session.getAttribute(WebSecurity.USER);
            loginAt = session.getAttribute(LOGIN_AT);
            lastSeen = session.getAttribute(LAST_SEEN);
            lang = session.getAttribute(WebSecurity.LANG);
        } catch (IllegalStateException invalidated) {
            return false;
        }
        if (user == null && loginAt == null) {
            return false;
        }
        long now = clock.millis();
        if (loginAt instanceof Long login && lastSeen instanceof Long seen
                && now - login < maxMillis && now - seen < idleMillis) {
            session.setAttribute(LAST_SEEN, now);
            return false;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // ended meanwhile: the outcome is the same
        }
        if (Answers.api(ctx)) {
            Answers.refuse(ctx, 401, "session-expired",
                    "Phiên làm việc đã hết hạn; hãy đăng nhập lại.",
                    "The session has expired; log in again.");
        } else {
            if (lang != null) {
                ctx.req().getSession(true).setAttribute(WebSecurity.LANG, lang);
            }
            ctx.redirect(WebSecurity.LOGIN_PATH + "?expired=1");
        }
        return true;
    }
}
