package io.github.uptake.app.web;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * The session of a request: who is logged in, the CSRF token every form carries, and the language
 * chosen ({@code ?lang=vi|en}, kept in the session; Vietnamese by default). Only
 * {@link Accounts}' public API is used. This class is immutable and thread-safe.
 */
final class Sessions {
    static final String USER = "user";
    static final String CSRF = "csrf";
    static final String LANG = "lang";
    /** The stamp of the password the session was opened with ({@link Accounts#stamp(String)}). */
    static final String STAMP = "stamp";

    private final Accounts accounts;

    Sessions(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Returns the accounts. */
    Accounts accounts() {
        return accounts;
    }

    /**
     * Returns the user logged in, if any.
     *
     * @param ctx  the request, not null
     * @return the user, empty if none (or the account is gone, disabled, or has had a new
     *     password since the session was opened)
     */
    Optional<Accounts.User> user(Context ctx) {
        String name = ctx.sessionAttribute(USER);
        return name == null ? Optional.empty() : accounts.user(name, ctx.sessionAttribute(STAMP));
    }

    /**
     * Returns the user logged in; the routes behind the login only run for one.
     *
     * @param ctx  the request, not null
     * @return the user
     * @throws IllegalStateException if no one is logged in
     */
    Accounts.User requireUser(Context ctx) {
        return user(ctx).orElseThrow(() -> new IllegalStateException("no user logged in on "
                + ctx.path()));
    }

    /**
     * Returns the session's CSRF token, making one on first use.
     *
     * @param ctx  the request, not null
     * @return the token, not null
     */
    String csrf(Context ctx) {
        String t = ctx.sessionAttribute(CSRF);
        if (t == null) {
            t = Accounts.token();
            ctx.sessionAttribute(CSRF, t);
        }
        return t;
    }

    /**
     * Checks that a form carries the session's CSRF token.
     *
     * @param ctx  the request, not null
     * @throws Refusal if it does not (403)
     */
    void checkCsrf(Context ctx) {
        if (!csrfOk(ctx)) {
            throw Refusal.csrf();
        }
    }

    /** Returns true if the form carries the session's CSRF token. */
    boolean csrfOk(Context ctx) {
        return Accounts.sameToken(ctx.sessionAttribute(CSRF), ctx.formParam("_csrf"));
    }

    /**
     * Returns the texts of the session's language, without making a session.
     *
     * @param ctx  the request, not null
     * @return the texts, not null
     */
    Messages messages(Context ctx) {
        String asked = ctx.queryParam(LANG);
        if ("vi".equals(asked) || "en".equals(asked)) {
            return Messages.of(asked);
        }
        return Messages.of(ctx.req().getSession(false) == null ? null
                : ctx.sessionAttribute(LANG));
    }

    /**
     * Keeps the language a request asks for ({@code ?lang=vi|en}) in the session.
     *
     * @param ctx  the request, not null
     */
    void rememberLanguage(Context ctx) {
        String lang = ctx.queryParam(LANG);
        if ("vi".equals(lang) || "en".equals(lang)) {
            ctx.sessionAttribute(LANG, lang);
        }
    }

    /**
     * Logs a user in: a new session (against session fixation) that keeps the language, with a
     * new CSRF token.
     *
     * @param ctx  the request, not null
     * @param user  the user, not null
     */
    void start(Context ctx, Accounts.User user) {
        String lang = ctx.sessionAttribute(LANG);
        ctx.req().getSession().invalidate();
        ctx.sessionAttribute(USER, user.name());
        restamp(ctx);
        ctx.sessionAttribute(CSRF, Accounts.token());
        if (lang != null) {
            ctx.sessionAttribute(LANG, lang);
        }
    }

    /**
     * Keeps the stamp of the session's user's current password, so that the session outlives a
     * new password its own user was given (the sessions of others end).
     *
     * @param ctx  the request of a logged-in session, not null
     */
    void restamp(Context ctx) {
        String name = ctx.sessionAttribute(USER);
        ctx.sessionAttribute(STAMP, name == null ? null : accounts.stamp(name).orElse(null));
    }

    /**
     * Ends the session, if any.
     *
     * @param ctx  the request, not null
     */
    void end(Context ctx) {
        if (ctx.req().getSession(false) != null) {
            ctx.req().getSession().invalidate();
        }
    }
}
