package io.github.uptake.app.web.security;

import io.javalin.http.Context;

/**
 * The response headers every answer carries, after the OWASP HTTP Security Response Headers
 * Cheat Sheet.
 *
 * <ul>
 *   <li>{@code Content-Security-Policy} (OWASP Content Security Policy Cheat Sheet): scripts,
 *   styles, images, form targets and everything else only from the dashboard itself, no inline
 *   script or style, no plugins, no {@code <base>}; an injected tag can then neither run nor
 *   send data elsewhere. {@code frame-ancestors 'none'}: no site may frame the dashboard (OWASP
 *   Clickjacking Defense Cheat Sheet).</li>
 *   <li>{@code X-Frame-Options: DENY}: the same for browsers that predate
 *   {@code frame-ancestors}.</li>
 *   <li>{@code X-Content-Type-Options: nosniff}: a browser takes the declared type and never
 *   guesses that a text or an upload is a script.</li>
 *   <li>{@code Referrer-Policy: same-origin}: addresses (with unit codes and days) never leave
 *   for other sites, while the dashboard's own forms still carry a {@code Referer}, which the
 *   origin check falls back on when a browser sends no {@code Origin}.</li>
 *   <li>{@code Cross-Origin-Opener-Policy} and {@code Cross-Origin-Resource-Policy}:
 *   {@code same-origin}, so other sites' windows and pages can neither script nor embed ours.</li>
 *   <li>{@code Cache-Control: no-store}: no page, API answer or refusal is kept by a browser or a
 *   proxy, so the next user of a shared computer cannot read them back (OWASP Session Management
 *   Cheat Sheet, "Web Content Caching"). Static files keep the cache header of Javalin's static
 *   file handler, which replaces this one.</li>
 *   <li>{@code Strict-Transport-Security} when the app is reached over TLS
 *   ({@code secureCookies}): the browser then never tries plain HTTP for a year.</li>
 * </ul>
 */
final class SecurityHeaders {
    /** The content security policy: nothing inline, nothing from elsewhere. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private final boolean tls;

    /**
     * Creates the headers.
     *
     * @param tls  true if the app is reached over TLS, directly or behind a proxy
     */
    SecurityHeaders(boolean tls) {
        this.tls = tls;
    }

    /** Sets the headers on the response. */
    void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        if (tls) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
