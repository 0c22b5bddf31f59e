package io.github.uptake.app.web;

import io.github.uptake.app.entry.EntryStatus;
import io.github.uptake.app.entry.FigureEntry;
import io.github.uptake.app.entry.ReportsApi;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/reports}, as {@code /openapi.yaml} describes it: a day's figures of several
 * units as JSON, answered by {@link ReportsApi} (200, 400 or 422 with its body). The route adds
 * what is the web's: 401 for a request without a logged-in session (the login gate answers it),
 * 403 without the session's CSRF token in the header {@value #CSRF_HEADER} or for a user who does
 * not report; the body's size is limited by the security layer. After storing, the dashboard's
 * default day is told the day ({@link Site#stored()}). This class is immutable and thread-safe.
 */
final class ReportsRoutes {
    /** The header that carries the session's CSRF token. */
    static final String CSRF_HEADER = "X-CSRF-Token";

    private final Site site;
    private final ReportsApi api;

    ReportsRoutes(Site site) {
        this.site = site;
        this.api = new ReportsApi(new FigureEntry(site.storage().referenceStore(),
                site.storage().reportStore(), site.clock()));
    }

    /**
     * Adds the route.
     *
     * @param app  the app, not null
     */
    void register(Javalin app) {
        app.post("/api/reports", this::post);
    }

    private void post(Context ctx) {
        Accounts.User u = site.sessions().requireUser(ctx);
        if (!Accounts.sameToken(ctx.sessionAttribute(Sessions.CSRF), ctx.header(CSRF_HEADER))) {
            ApiRoutes.error(ctx, 403, "CSRF token missing or wrong: send the session's token in"
                    + " the header " + CSRF_HEADER, null);
            return;
        }
        if (!u.reporter()) {
            ApiRoutes.error(ctx, 403, "this account may not send figures: its role is "
                    + u.role().id(), null);
            return;
        }
        // JSON is UTF-8 (RFC 8259), whatever charset the request names
        ReportsApi.Response r = api.handle(new String(ctx.bodyAsBytes(),
                StandardCharsets.UTF_8), u.name(), u.unitCode(),
                site.sessions().messages(ctx).locale());
        if (r.body().outcome().equals(EntryStatus.STORED.name()) && r.body().date() != null) {
            site.stored().accept(List.of(LocalDate.parse(r.body().date())));
        }
        ctx.status(r.status()).contentType(ReportsApi.CONTENT_TYPE).result(r.json());
    }
}
