package io.github.uptake.app.web.view;

/**
 * The login page.
 *
 * @param layout  the frame, not null
 * @param csrf  the session's CSRF token, not null
 * @param wrong  true after a wrong user name or password
 * @param expired  true if the last session ended by a timeout
 */
public record LoginPage(Layout layout, String csrf, boolean wrong, boolean expired) {
}
