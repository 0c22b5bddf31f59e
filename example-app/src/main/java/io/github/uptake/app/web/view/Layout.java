package io.github.uptake.app.web.view;

import java.util.List;

/**
 * What every page's frame shows: the title, the header's links (overview, the organisations'
 * tree, data entry for a user who reports, the accounts for an administrator, the two languages),
 * the user and the log-out form, and the day picker.
 *
 * @param title  the page's title, not null
 * @param user  the user's display name, null on pages shown before logging in
 * @param csrf  the session's CSRF token for the log-out form, null if there is no user
 * @param overviewHref  the link to the user's own unit, null if there is no user
 * @param sectoralHref  the link to the organisations' tree, null unless the user may see it
 * @param viHref  this page in Vietnamese, not null
 * @param enHref  this page in English, not null
 * @param picker  the day picker, null on pages without a day
 * @param entryHref  the link to the data entry page, null unless the user reports
 * @param accountsHref  the link to the accounts page, null unless the user is an administrator
 */
public record Layout(String title, String user, String csrf, String overviewHref,
                     String sectoralHref, String viHref, String enHref, DayPicker picker,
                     String entryHref, String accountsHref) {

    /**
     * The small GET form in the header that shows another day of the same page, keeping its other
     * query parameters (the segment, the day re-based onto...).
     *
     * @param action  the page's path, not null
     * @param day  the day shown, {@code YYYY-MM-DD}; null for none
     * @param hidden  the page's other query parameters, kept as hidden fields, not null
     */
    public record DayPicker(String action, String day, List<Field> hidden) {
        /** Copies the list. */
        public DayPicker {
            hidden = List.copyOf(hidden);
        }
    }

    /**
     * A hidden form field.
     *
     * @param name  its name, not null
     * @param value  its value, not null
     */
    public record Field(String name, String value) {
    }
}
