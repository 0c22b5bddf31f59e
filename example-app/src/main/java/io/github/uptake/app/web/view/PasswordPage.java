package io.github.uptake.app.web.view;

/**
 * The page that shows an account's new password, once: it is not stored anywhere but as a hash,
 * and the page is never cached.
 *
 * @param layout  the frame, not null
 * @param name  the account's login name, not null
 * @param displayName  its name shown, not null
 * @param password  the new password, not null
 */
public record PasswordPage(Layout layout, String name, String displayName, String password) {
}
