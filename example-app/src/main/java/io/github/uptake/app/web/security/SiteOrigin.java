package io.github.uptake.app.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A web origin, the scheme, host and port a browser names in {@code Origin} (RFC 6454): two
 * origins are the same when all three are, the port being the scheme's default when none is
 * written. Only {@code http} and {@code https} origins exist here. Immutable.
 *
 * @param scheme  {@code http} or {@code https}
 * @param host  the host in lower case; an IPv6 address keeps its brackets
 * @param port  the port, the scheme's default when none was written
 */
record SiteOrigin(String scheme, String host, int port) {
    /** What a {@code Host} header may hold: a name or address and a port, nothing else. */
    private static final Pattern HOST_HEADER = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?"
            + "|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?");

    /**
     * Reads the origin of a URL ({@code Origin} or {@code Referer}).
     *
     * @param url  the URL, may be null
     * @return the origin, or empty if the value is not an http(s) URL (e.g. {@code null}, the
     *     origin of a sandboxed page)
     */
    static Optional<SiteOrigin> of(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (u.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return Optional.empty();
            }
            int port = u.getPort() == -1 ? defaultPort(scheme) : u.getPort();
            return Optional.of(new SiteOrigin(scheme, u.getHost().toLowerCase(Locale.ROOT), port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the origin a request was addressed to.
     *
     * @param scheme  the scheme the browser used, {@code http} or {@code https}
     * @param hostHeader  the request's {@code Host} header, may be null
     * @return the origin, or empty if the header is missing or is not a host and port
     */
    static Optional<SiteOrigin> ofHost(String scheme, String hostHeader) {
        if (hostHeader == null || !HOST_HEADER.matcher(hostHeader.strip()).matches()) {
            return Optional.empty();
        }
        return of(scheme + "://" + hostHeader.strip());
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    /** Returns the origin as a browser writes it, e.g. {@code https://uptake.example.vn}. */
    @Override
    public String toString() {
        return scheme + "://" + host + (port == defaultPort(scheme) ? "" : ":" + port);
    }
}
