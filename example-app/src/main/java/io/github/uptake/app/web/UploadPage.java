package io.github.uptake.app.web;

import io.github.uptake.app.ImportPreview;
import io.github.uptake.app.ImportTexts;
import io.github.uptake.app.WorkbookIntake;
import io.github.uptake.excel.CheckedRow;
import io.github.uptake.problem.Problem;
import java.util.List;

/**
 * The page after an upload: the same summary as {@code uptake import} prints (the sheet read,
 * units stored and unchanged, the totals checked, the warnings), the dry run of "check first"
 * (unit by unit, old figure → new figure), or the refusal with every problem at its cell. Only
 * renders; every value is escaped. The upload form is here too, so both stay in step.
 * This class is immutable and thread-safe.
 */
final class UploadPage {
    private UploadPage() {
    }

    /**
     * Renders the upload form of a unit's page.
     *
     * @param t  the texts
     * @param csrf  the hidden CSRF field, already HTML
     * @param day  the day the page shows, offered as the day of sheets that are not templates
     * @return the form, HTML
     */
    static String form(ImportTexts t, String csrf, java.time.LocalDate day) {
        return "<form method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">" + csrf
                + "<input type=\"file\" name=\"file\" id=\"file\" accept=\".xlsx,.xls\"> "
                + "<label>" + Html.e(t.text("web.day")) + " <input type=\"date\" name=\"date\""
                + " id=\"day\" value=\"" + Html.e(day) + "\"></label> "
                + "<button name=\"action\" value=\"store\" id=\"upload\">"
                + Html.e(t.text("web.upload")) + "</button> "
                + "<button name=\"action\" value=\"check\" id=\"check\">"
                + Html.e(t.text("web.check")) + "</button></form>";
    }

    /**
     * Renders what happened to an uploaded file.
     *
     * @param t  the texts
     * @param shown  the file's name as uploaded
     * @param r  what happened
     * @return the page's body, HTML
     */
    static String result(ImportTexts t, String shown, WorkbookIntake.Result r) {
        StringBuilder b = new StringBuilder("<h1>").append(Html.e(t.text(
                r.status() == WorkbookIntake.Status.CHECKED ? "web.check-title" : "web.title")))
                .append("</h1>");
        switch (r.status()) {
            case REFUSED -> b.append("<p id=\"rejected\" class=\"notmet\">")
                    .append(Html.e(t.text("status.refused", shown))).append("</p>");
            case ALREADY_IMPORTED -> b.append("<p id=\"accepted\" class=\"met\">")
                    .append(Html.e(t.text("status.already", shown,
                            r.receipt().duplicateOf().orElseThrow())))
                    .append("</p>");
            case STORED -> b.append("<p id=\"accepted\" class=\"met\">")
                    .append(Html.e(t.text("status.stored", shown))).append("</p>")
                    .append("<table id=\"summary\">")
                    .append(line(t.text("label.stored"), "stored", t.format().count(
                            r.receipt().accepted())))
                    .append(line(t.text("label.unchanged"), "unchanged", t.format().count(
                            r.receipt().unchanged()))).append("</table>");
            case CHECKED -> b.append("<p id=\"checked\" class=\"missing\">")
                    .append(Html.e(t.text("status.checked", shown))).append("</p>");
            default -> throw new IllegalStateException("status " + r.status());
        }
        r.sheet().ifPresent(s -> b.append("<p id=\"sheet\">").append(Html.e(heading(t.text(
                "label.sheet"))))
                .append(": ").append(Html.e(s)).append(r.day() == null ? "" : " ("
                        + Html.e(t.text("label.day", t.format().shortDate(r.day()))) + ")")
                .append("</p>"));
        if (r.preview() != null) {
            preview(t, r.preview(), b);
        }
        if (!r.refused() && !r.checked().isEmpty()) {
            b.append("<h2>").append(Html.e(heading(t.text("label.checked")))).append("</h2>"
                    + "<ul id=\"totals\">");
            for (CheckedRow c : r.checked()) {
                b.append("<li>").append(Html.e(c.cell())).append(": ")
                        .append(Html.e(t.checked(c, r.unitName(c.label())))).append("</li>");
            }
            b.append("</ul>");
        }
        List<Problem> shownProblems = r.refused() ? r.problems() : r.warnings();
        if (!shownProblems.isEmpty()) {
            b.append("<h2>").append(Html.e(heading(t.text(r.refused() ? "label.problems"
                    : "label.warnings")))).append(" (").append(shownProblems.size())
                    .append(")</h2>");
        }
        b.append("<ul class=\"problems\" id=\"problems\">");
        for (Problem p : shownProblems) {
            b.append("<li class=\"").append(p.blocking() ? "notmet" : "missing").append("\">")
                    .append(Html.e(t.line(p))).append("</li>");
        }
        b.append("</ul>");
        if (r.status() == WorkbookIntake.Status.CHECKED) {
            b.append("<p>").append(Html.e(t.text("web.check-hint"))).append("</p>");
        }
        return b.toString();
    }

    /** Returns a label of the command line's summary as a heading: its first letter capital. */
    private static String heading(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + label.substring(1);
    }

    private static String line(String label, String id, String value) {
        return "<tr><th class=\"t\">" + Html.e(heading(label)) + "</th><td id=\"" + id + "\">"
                + Html.e(value) + "</td></tr>";
    }

    private static void preview(ImportTexts t, ImportPreview p, StringBuilder b) {
        boolean segments = p.severalSegments();
        b.append("<table id=\"preview\"><tr>");
        if (segments) {
            b.append("<th class=\"t\">").append(Html.e(t.text("table.segment"))).append("</th>");
        }
        b.append("<th class=\"t\">").append(Html.e(t.text("table.code"))).append("</th>")
                .append("<th class=\"t\">").append(Html.e(t.text("table.unit"))).append("</th>")
                .append("<th>").append(Html.e(t.text("table.old"))).append("</th><th></th>")
                .append("<th>").append(Html.e(t.text("table.new"))).append("</th>")
                .append("<th class=\"t\">").append(Html.e(t.text("table.change")))
                .append("</th></tr>");
        for (ImportPreview.Row row : p.rows()) {
            b.append("<tr id=\"preview-").append(Html.e(segments ? row.segment().id() + "-"
                    + row.code() : row.code())).append("\" class=\"").append(switch (row.change()) {
                        case NEW -> "new";
                        case CHANGED -> "changed";
                        case UNCHANGED -> "unchanged";
                    }).append("\">");
            if (segments) {
                b.append("<td class=\"t\">").append(Html.e(row.segment().id())).append("</td>");
            }
            b.append("<td class=\"t\">").append(Html.e(row.code())).append("</td>")
                    .append("<td class=\"t\">").append(Html.e(row.name())).append("</td>")
                    .append("<td>").append(Html.e(t.previous(row))).append("</td><td>→</td>")
                    .append("<td>").append(Html.e(t.format().count(row.count()))).append("</td>")
                    .append("<td class=\"t\">").append(Html.e(t.change(row.change())))
                    .append("</td></tr>");
        }
        b.append("</table><p id=\"preview-count\">").append(Html.e(t.text("preview.count",
                t.format().count(p.rows().size()), t.format().count(p.count(
                        ImportPreview.Change.NEW)), t.format().count(p.count(
                        ImportPreview.Change.CHANGED)), t.format().count(p.count(
                        ImportPreview.Change.UNCHANGED))))).append("</p>");
    }
}
