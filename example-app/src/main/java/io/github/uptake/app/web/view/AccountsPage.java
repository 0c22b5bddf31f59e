package io.github.uptake.app.web.view;

import java.util.List;

/**
 * The administrators' page of the accounts ({@code /admin/accounts}): every account the
 * administrator manages, never its password hash, with the buttons that give it a new password
 * and disable or enable it, and the sentence saying what the last button did.
 *
 * @param layout  the frame, not null
 * @param csrf  the session's CSRF token, not null
 * @param notice  what the last action did or why it was refused, null for nothing
 * @param rows  the accounts, by name, not null
 */
public record AccountsPage(Layout layout, String csrf, Notice notice, List<Row> rows) {
    /** Copies the list. */
    public AccountsPage {
        rows = List.copyOf(rows);
    }

    /**
     * A sentence about the last action.
     *
     * @param status  its class: {@code met} when done, {@code notmet} when refused
     * @param text  the sentence, not null
     */
    public record Notice(String status, String text) {
    }

    /**
     * An account.
     *
     * @param name  the login name, not null
     * @param id  the row's element id, {@code account-NAME}, not null
     * @param displayName  the name shown, not null
     * @param unit  its unit's code and name, or "every unit", not null
     * @param role  its role in words, not null
     * @param state  active or disabled, in words, not null
     * @param disabled  true if it may not log in
     * @param self  true for the administrator's own account (which it cannot disable)
     * @param passwordAction  the path the "new password" button posts to, not null
     * @param stateAction  the path the "disable" (or "enable") button posts to, not null
     */
    public record Row(String name, String id, String displayName, String unit, String role,
                      String state, boolean disabled, boolean self, String passwordAction,
                      String stateAction) {
    }
}
