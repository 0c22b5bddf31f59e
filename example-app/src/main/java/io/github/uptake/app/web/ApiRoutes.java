package io.github.uptake.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.app.JsonReport;
import io.github.uptake.app.live.DayFigures;
import io.github.uptake.app.RollUpOptions;
import io.github.uptake.app.UnitReport;
import io.github.uptake.json.UptakeModule;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.Snapshot;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API, described by {@code /openapi.yaml}: a unit's roll-up on a day with its children,
 * the same objects as {@code uptake report --format json}. Errors are
 * {@code {"error": "...", "vi": "...", "en": "..."}}: a stable English text for programs, the same
 * in Vietnamese and English for a person (and a {@code "reference"} for a server fault). This
 * class is immutable and thread-safe.
 */
final class ApiRoutes {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new UptakeModule());

    private final Site site;

    ApiRoutes(Site site) {
        this.site = site;
    }

    /**
     * Adds the routes.
     *
     * @param app  the app, not null
     */
    void register(Javalin app) {
        app.get("/api/units/{code}", this::unit);
        app.get("/openapi.yaml", ctx -> {
            try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.yaml")) {
                ctx.contentType("application/yaml").result(in.readAllBytes());
            }
        });
    }

    private void unit(Context ctx) throws IOException {
        LocalDate day = site.days().day(ctx);
        String code = ctx.pathParam("code");
        HierarchyVersion v = site.units().visible(site.sessions().requireUser(ctx), code, day);
        Segment segment = Units.segment(ctx.queryParam("segment"), v,
                site.config().segments().keySet());
        // from the live model: the day's figures computed once per change
        DayFigures figures = site.live().day(v, segment, day);
        Snapshot snap = figures.snapshot();
        RollUp engine = figures.engine();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", day.toString());
        body.put("segment", segment.id());
        body.put("parentFigures", RollUpOptions.name(engine.policy().parentFigure()));
        body.put("carryForwardDays", engine.policy().carryForwardDays());
        body.put("unit", JsonReport.unit(new UnitReport.Line(snap.node(code), 0)));
        List<Map<String, Object>> children = new ArrayList<>();
        for (NodeResult child : snap.children(code)) {
            children.add(JsonReport.unit(new UnitReport.Line(child, 1)));
        }
        body.put("children", children);
        ctx.contentType("application/json").result(JSON.writeValueAsString(body));
    }

    /**
     * Writes an error as the API answers it: {@code error}, the stable English text that
     * programs compare, {@code vi} and {@code en}, what a person reads (what went wrong and what
     * to do), and the {@code reference} of a server fault.
     *
     * @param ctx  the request, not null
     * @param status  the HTTP status
     * @param error  the stable text of the error, in English, not null
     * @param key  the key of the person's text in the messages, not null
     * @param reference  the reference of a server fault in the log, null for none
     * @param args  the text's values; days are formatted in each language
     */
    static void error(Context ctx, int status, String error, String key, String reference,
                      Object... args) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("vi", text(Messages.of("vi"), key, args));
        body.put("en", text(Messages.of("en"), key, args));
        if (reference != null) {
            body.put("reference", reference);
        }
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(
                    body));
        } catch (IOException e) {
            throw new IllegalStateException("a map of texts is always JSON", e);
        }
    }

    /** Returns a message in a language, with its days formatted in that language. */
    private static String text(Messages msg, String key, Object... args) {
        Object[] values = args.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof LocalDate d) {
                values[i] = msg.format().date(d);
            }
        }
        return msg.get(key, values);
    }
}
