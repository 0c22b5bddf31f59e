package io.github.uptake.app.web;

import io.github.uptake.app.web.view.ErrorPage;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every answer that is not the page asked for: a refusal ({@link Refusal}: 400, 403, 404), what
 * the web server refuses itself (no such page, a request too large) and a fault, which is logged
 * through SLF4J with a short random reference that the 500 page shows with what to do. Pages are
 * in the session's language; the JSON API answers
 * {@code {"error": ..., "vi": ..., "en": ..., "reference": ...}}. No
 * error page reads the storage, so a failing database still gets its 500 page. This class is
 * immutable and thread-safe.
 */
final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    /** How many characters a reference has. */
    static final int REFERENCE_LENGTH = io.github.uptake.app.FailureReference.LENGTH;

    private final Sessions sessions;
    private final Frames frames;
    private final Pages pages;

    Failures(Sessions sessions, Frames frames, Pages pages) {
        this.sessions = sessions;
        this.frames = frames;
        this.pages = pages;
    }

    /**
     * Adds the handlers.
     *
     * @param app  the app, not null
     */
    void register(Javalin app) {
        app.exception(Refusal.class, this::refused);
        app.exception(HttpResponseException.class, this::server);
        app.exception(Exception.class, this::fault);
    }

    private void refused(Refusal r, Context ctx) {
        if (api(ctx)) {
            ApiRoutes.error(ctx, r.status(), r.api(), r.key(), null, r.args());
            return;
        }
        Messages msg = sessions.messages(ctx);
        Object[] args = r.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalDate d) {
                args[i] = msg.format().date(d);
            }
        }
        String hint = r.key().equals("error.date") ? msg.get("error.date.hint") : null;
        page(ctx, r.status(), msg, msg.get(r.key(), args), r.elementId(), hint, null);
    }

    /** What Javalin and Jetty refuse themselves: no such page, a request too large... */
    private void server(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        if (status >= 500) {
            fault(e, ctx);
            return;
        }
        if (api(ctx)) {
            ApiRoutes.error(ctx, status, e.getMessage(), serverKey(status), null);
            return;
        }
        Messages msg = sessions.messages(ctx);
        page(ctx, status, msg, msg.get(serverKey(status)), "why", null, null);
    }

    /** Returns the key of the text for what the web server refuses itself. */
    private static String serverKey(int status) {
        return switch (status) {
            case 403 -> "error.unit.refused";
            case 404 -> "error.page.none";
            case 413 -> "error.too-large.request";
            default -> "error.400.title";
        };
    }

    private void fault(Exception e, Context ctx) {
        String reference = reference();
        LOG.error("Failure {} answering {} {}", reference, ctx.method(), ctx.path(), e);
        if (api(ctx)) {
            ApiRoutes.error(ctx, 500, "internal error", "api.fault", reference, reference);
            return;
        }
        Messages msg = sessions.messages(ctx);
        try {
            page(ctx, 500, msg, msg.get("error.500.message"), "failure",
                    msg.get("error.500.hint"), reference);
        } catch (RuntimeException again) {
            LOG.error("Failure {}: the error page failed too", reference, again);
            ctx.status(500).contentType("text/plain; charset=utf-8").result(
                    msg.get("error.500.message") + " " + msg.get("error.reference") + " "
                            + reference);
        }
    }

    private void page(Context ctx, int status, Messages msg, String message, String elementId,
                      String hint, String reference) {
        String template = switch (status) {
            case 403 -> "error/e403.jte";
            case 404 -> "error/e404.jte";
            case 500 -> "error/e500.jte";
            default -> "error/e400.jte";
        };
        String titleKey = "error." + status + ".title";
        String title = msg.has(titleKey) ? msg.get(titleKey) : msg.get("error.400.title");
        pages.answer(ctx, status, template, new ErrorPage(frames.plain(ctx, title), status,
                title, message, elementId, hint, reference, "/"), msg);
    }

    private static boolean api(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    /** Returns a fresh reference. */
    static String reference() {
        return io.github.uptake.app.FailureReference.next();
    }
}
