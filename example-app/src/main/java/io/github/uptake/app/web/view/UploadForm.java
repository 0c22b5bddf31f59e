package io.github.uptake.app.web.view;

/**
 * The upload form of a unit's page: a workbook, the day of a sheet that is not a template, and the
 * buttons "check first" and "upload".
 *
 * @param csrf  the session's CSRF token, not null
 * @param day  the day offered, {@code YYYY-MM-DD} (the page's day), not null
 */
public record UploadForm(String csrf, String day) {
}
