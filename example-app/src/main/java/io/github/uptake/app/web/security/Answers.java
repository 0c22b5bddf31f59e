package io.github.uptake.app.web.security;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the layer's refusals: the same message in Vietnamese and English, as plain text for
 * pages (no markup, so nothing in it can be interpreted) and as a small JSON object for the API.
 * The user's language (the session's {@link WebSecurity#LANG} attribute) comes first.
 */
final class Answers {
    /** The prefix of the JSON API's paths. */
    static final String API_PREFIX = "/api/";

    private Answers() {
    }

    /** Returns true if the request is for the JSON API. */
    static boolean api(Context ctx) {
        return ctx.path().startsWith(API_PREFIX);
    }

    /** Returns true if the session (if any) asked for English; never creates a session. */
    static boolean english(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session == null) {
            return false;
        }
        try {
            return "en".equals(session.getAttribute(WebSecurity.LANG));
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    /**
     * Answers with a refusal.
     *
     * @param ctx  the request, not null
     * @param status  the HTTP status
     * @param code  a short code for the API, e.g. {@code cross-origin}
     * @param vi  the Vietnamese message
     * @param en  the English message
     */
    static void refuse(Context ctx, int status, String code, String vi, String en) {
        ctx.status(status);
        if (api(ctx)) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("error", code);
            body.put("vi", vi);
            body.put("en", en);
            ctx.json(body);
        } else {
            boolean english = english(ctx);
            ctx.contentType("text/plain; charset=utf-8")
                    .result((english ? en : vi) + "\n" + (english ? vi : en) + "\n");
        }
    }

    /**
     * Makes a value that came with the request safe to repeat in a message or a log line: control
     * characters become {@code ?} and anything past {@code max} characters is cut.
     *
     * @param s  the value, may be null
     * @param max  the longest result, at least 1
     * @return the cleaned value, {@code -} for null
     */
    static String clean(String s, int max) {
        if (s == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        if (s.length() > max) {
            b.append('…');
        }
        return b.toString();
    }
}
