package io.github.uptake.app.web.security;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request log: one line per request, at INFO on the SLF4J logger {@code uptake.request},
 * written after the answer has been sent, e.g.
 * {@code POST /login 302 41ms user=sotttt ip=127.0.0.1}. It holds the method, the path (without
 * its path parameters, which could carry a session id), the query
 * with only the values of {@link #SHOWN_PARAMETERS} (every other value is {@code *}), the status,
 * the time taken in milliseconds, the logged-in user (the session's {@link WebSecurity#USER} at
 * the end of the request, or at its start if the request ended the session) and the client's
 * address as the server sees it.
 *
 * <p>After the OWASP Logging Cheat Sheet: no form body, password, token or cookie is ever logged,
 * and every value from the request has its control characters replaced and its length cut, so no
 * one can forge log lines.
 */
final class RequestLog {
    /** The logger's name. */
    static final String LOGGER = "uptake.request";
    /** The query parameters whose values are logged; the dashboard's harmless ones. */
    static final Set<String> SHOWN_PARAMETERS = Set.of("date", "segment", "lang", "expired",
            "error");
    private static final int MAX_PARAMETERS = 20;
    private static final String USER_AT_START = RequestLog.class.getName() + ".user";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private RequestLog() {
    }

    /** Makes the log Javalin's request logger (there is one; a later one replaces it). */
    static void configure(JavalinConfig config) {
        config.requestLogger.http(RequestLog::log);
    }

    /** Remembers the request's user at its start, in case the request ends the session. */
    static void remember(Context ctx) {
        String user = user(ctx);
        if (user != null) {
            ctx.req().setAttribute(USER_AT_START, user);
        }
    }

    private static void log(Context ctx, Float millis) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String user = user(ctx);
        if (user == null && ctx.req().getAttribute(USER_AT_START) instanceof String u) {
            user = u;
        }
        LOG.info("{} {}{} {} {}ms user={} ip={}", Answers.clean(ctx.req().getMethod(), 10),
                path(ctx.path()), query(ctx.queryString()), ctx.statusCode(),
                millis == null ? "?" : Math.round(millis), Answers.clean(user, 64),
                Answers.clean(ctx.ip(), 64));
    }

    /** Returns the path to log, its path parameters ({@code ;jsessionid=...}) made {@code ;*}. */
    static String path(String path) {
        return Answers.clean(path == null ? null : path.replaceAll(";[^/]*", ";*"), 200);
    }

    /** Returns the query to log: names kept, values only of {@link #SHOWN_PARAMETERS}. */
    static String query(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("?");
        String[] pairs = query.split("&");
        for (int i = 0; i < pairs.length; i++) {
            if (i > 0) {
                b.append('&');
            }
            if (i == MAX_PARAMETERS) {
                b.append('…');
                break;
            }
            String pair = pairs[i];
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            b.append(Answers.clean(name, 40));
            if (eq >= 0) {
                b.append('=').append(SHOWN_PARAMETERS.contains(name)
                        ? Answers.clean(pair.substring(eq + 1), 40) : "*");
            }
        }
        return b.toString();
    }

    private static String user(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session == null) {
            return null;
        }
        try {
            return session.getAttribute(WebSecurity.USER) instanceof String u ? u : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
