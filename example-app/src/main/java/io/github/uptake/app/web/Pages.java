package io.github.uptake.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the dashboard's jte templates ({@code src/main/jte}), compiled to classes at build time
 * and HTML-escaped: nothing is compiled at run time. Every page template takes its view model as
 * {@code page} and the texts of the session's language as {@code msg}. This class is immutable and
 * thread-safe.
 */
final class Pages {
    /** The package the build compiles the templates into. */
    static final String PACKAGE = "io.github.uptake.app.web.jte";
    private static final Pages INSTANCE = new Pages();

    private final TemplateEngine engine;

    private Pages() {
        engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
                Pages.class.getClassLoader(), PACKAGE);
    }

    /** Returns the renderer. */
    static Pages get() {
        return INSTANCE;
    }

    /**
     * Renders a template to a string.
     *
     * @param template  the template's path under {@code src/main/jte}, e.g. {@code unit.jte}
     * @param params  the template's parameters by name, not null
     * @return the HTML, not null
     */
    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }

    /**
     * Answers a request with a page: the status, and the template rendered with its view model
     * and the texts.
     *
     * @param ctx  the request, not null
     * @param status  the HTTP status, e.g. 200
     * @param template  the template, e.g. {@code unit.jte}
     * @param page  the view model, not null
     * @param msg  the texts of the page's language, not null
     */
    void answer(Context ctx, int status, String template, Object page, Messages msg) {
        ctx.status(status).contentType("text/html; charset=utf-8")
                .result(render(template, Map.of("page", page, "msg", msg)));
    }
}
