package io.github.uptake.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.app.entry.EntryStatus;
import io.github.uptake.app.entry.FigureEntry;
import io.github.uptake.app.entry.ReportsApi;
import io.github.uptake.app.entry.ReportsApiResponse;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/reports}, as {@code /openapi.yaml} describes it: a day's figures of several
 * units as JSON, answered by {@link ReportsApi} (200, 400 or 422 with its body). The route adds
 * what is the web's: 401 for a request without a logged-in session (the login gate answers it),
 * 403 without the session's CSRF token in the header {@value #CSRF_HEADER} or for a user who does
 * not report, 422 for a segment that the configuration does not have (its figures would land
 * where no page shows them); the body's size is limited by the security layer. After storing,
 * the dashboard's default day is told the day ({@link Site#stored()}). This class is immutable and thread-safe.
 */
final class ReportsRoutes {
    /** The header that carries the session's CSRF token. */
    static final String CSRF_HEADER = "X-CSRF-Token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Site site;
    private final ReportsApi api;

    ReportsRoutes(Site site) {
        this.site = site;
        this.api = new ReportsApi(new FigureEntry(site.live().reference(),
                site.live().submissions(), site.clock()));
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
                    + " the header " + CSRF_HEADER, "api.csrf", null, CSRF_HEADER);
            return;
        }
        if (!u.reporter()) {
            ApiRoutes.error(ctx, 403, "this account may not send figures: its role is "
                    + u.role().id(), "api.viewer", null, u.role().id());
            return;
        }
        // JSON is UTF-8 (RFC 8259), whatever charset the request names
        String body = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        Messages msg = site.sessions().messages(ctx);
        ReportsApi.Response r = unknownSegment(body, msg).orElseGet(() -> api.handle(body,
                u.name(), u.unitCode(), msg.locale()));
        if (r.body().outcome().equals(EntryStatus.STORED.name()) && r.body().date() != null) {
            site.stored().accept(List.of(LocalDate.parse(r.body().date())));
        }
        ctx.status(r.status()).contentType(ReportsApi.CONTENT_TYPE).result(r.json());
    }

    /**
     * Returns the 422 of a request whose segment is text but not a segment of the configuration,
     * so that no figure lands under a segment no page shows; empty for any other request, which
     * {@link ReportsApi} answers (a body that is not JSON, a segment that is not text...).
     */
    private Optional<ReportsApi.Response> unknownSegment(String body, Messages msg) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (tree == null || !tree.isObject() || !tree.path("segment").isTextual()) {
            return Optional.empty();
        }
        String segment = tree.get("segment").asText();
        if (EntryRoutes.configured(site, segment).isPresent()) {
            return Optional.empty();
        }
        String known = EntryRoutes.configuredList(site);
        Problem p = Problem.error("segment.unknown", Location.field("segment"), segment,
                Messages.of("vi").get("entry.segment.unknown", segment, known),
                Messages.of("en").get("entry.segment.unknown", segment, known));
        ReportsApiResponse refused = ReportsApiResponse.invalid(List.of(p), msg.locale());
        JsonNode date = tree.path("date");
        return Optional.of(new ReportsApi.Response(422, new ReportsApiResponse(refused.outcome(),
                refused.message(), date.isTextual() ? date.asText() : null, segment, null,
                refused.problems(), List.of())));
    }
}
