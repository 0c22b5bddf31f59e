package io.github.uptake.app.web.security;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a state-changing request ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE})
 * sent by another site, the second defence against cross-site request forgery beside the
 * routes' CSRF tokens (OWASP Cross-Site Request Forgery Prevention Cheat Sheet, "Verifying
 * Origin With Standard Headers").
 *
 * <p>The request's own origin is its {@code Host} header with the scheme the browser used:
 * {@code https} when the app is reached over TLS ({@code secureCookies}, also behind a proxy that
 * ends TLS and forwards plain HTTP with the {@code Host} kept), otherwise the scheme the server
 * sees. The origin the browser names is {@code Origin}, or the origin of {@code Referer} when a
 * browser sends no {@code Origin}.
 * <ul>
 *   <li>Pages (paths not under {@code /api/}): the named origin must be the request's own; a
 *   request naming none is refused too, since every browser that submits a form sends one of the
 *   two headers.</li>
 *   <li>The API: other systems call it without either header, so a request naming no origin is
 *   let through to its authentication; one naming an origin must name the request's own.</li>
 * </ul>
 * A refusal is 403 with the reason in Vietnamese and English.
 */
final class OriginCheck {
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final boolean tls;

    /**
     * Creates the check.
     *
     * @param tls  true if browsers reach the app over https, directly or through a proxy
     */
    OriginCheck(boolean tls) {
        this.tls = tls;
    }

    /**
     * Checks a request and answers 403 if it comes from another site.
     *
     * @param ctx  the request, not null
     * @return true if the request was refused (answered)
     */
    boolean refused(Context ctx) {
        if (!UNSAFE.contains(ctx.req().getMethod())) {
            return false;
        }
        String origin = ctx.header("Origin");
        String named = origin != null ? origin : ctx.header("Referer");
        if (named == null) {
            if (Answers.api(ctx)) {
                return false;
            }
            Answers.refuse(ctx, 403, "origin-missing",
                    "Yêu cầu bị từ chối: trình duyệt không cho biết yêu cầu được gửi từ trang nào"
                            + " (không có Origin và Referer). Hãy mở lại trang Uptake rồi gửi lại;"
                            + " nếu vẫn bị từ chối, hãy cho phép trình duyệt gửi Referer cho trang"
                            + " này.",
                    "Request refused: the browser did not say which page sent it (no Origin or"
                            + " Referer header). Open the Uptake page again and send it from there;"
                            + " if it is refused again, let the browser send the Referer to this"
                            + " site.");
            return true;
        }
        Optional<SiteOrigin> own = SiteOrigin.ofHost(scheme(ctx), ctx.header("Host"));
        Optional<SiteOrigin> claimed = SiteOrigin.of(named);
        if (own.isPresent() && own.equals(claimed)) {
            return false;
        }
        String from = Answers.clean(claimed.map(SiteOrigin::toString).orElse(named), 200);
        String here = own.map(SiteOrigin::toString).orElse("?");
        Answers.refuse(ctx, 403, "cross-origin",
                "Yêu cầu bị từ chối: nó được gửi từ một trang khác (" + from + "), không phải từ"
                        + " Uptake (" + here + "). Hãy mở trang Uptake và gửi từ đó.",
                "Request refused: it was sent from another site (" + from + "), not from Uptake ("
                        + here + "). Open the Uptake page and send it from there.");
        return true;
    }

    private String scheme(Context ctx) {
        return tls ? "https" : ctx.req().getScheme();
    }
}
