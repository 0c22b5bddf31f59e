package io.github.uptake.app.web.view;

import java.util.List;

/**
 * What happened to an uploaded workbook: stored (unit by unit, with the day and the new figures
 * and totals), already imported, checked first (old figure and new, nothing stored), or refused
 * with every problem at its cell.
 *
 * @param layout  the frame, not null
 * @param title  the heading, not null
 * @param outcome  the outcome's sentence, not null
 * @param summary  the numbers of units stored and unchanged, empty unless stored, not null
 * @param sheet  the sheet read and its day, null if none was chosen
 * @param notes  what the reader should know besides (the template's own day was used...), not null
 * @param preview  what storing would change, null unless checked first
 * @param stored  the units stored, with the day and their figures, empty unless stored, not null
 * @param totals  the new totals of the units the file reported for, empty unless stored, not null
 * @param checkedTitle  the heading of the total rows checked, null if there are none
 * @param checked  the total rows checked, "cell: what", not null
 * @param problemsTitle  the heading of the problems, null if there are none
 * @param problems  the problems (if refused) or warnings, not null
 * @param hint  what to do next, null for nothing
 * @param backHref  the link back to the unit's page, not null
 */
public record UploadResult(Layout layout, String title, Outcome outcome, List<SummaryRow> summary,
                           String sheet, List<String> notes, Preview preview,
                           List<StoredRow> stored, List<String> totals, String checkedTitle,
                           List<String> checked, String problemsTitle, List<ProblemLine> problems,
                           String hint, String backHref) {
    /** Copies the lists. */
    public UploadResult {
        summary = List.copyOf(summary);
        notes = List.copyOf(notes);
        stored = List.copyOf(stored);
        totals = List.copyOf(totals);
        checked = List.copyOf(checked);
        problems = List.copyOf(problems);
    }

    /**
     * The outcome's sentence.
     *
     * @param id  the element's id: {@code accepted}, {@code checked}, {@code rejected} or
     *     {@code no-file}
     * @param status  its class: {@code met}, {@code missing} or {@code notmet}
     * @param text  the sentence, not null
     */
    public record Outcome(String id, String status, String text) {
    }

    /**
     * A number of the summary.
     *
     * @param label  what it counts, not null
     * @param id  the value's element id, not null
     * @param value  the number as shown, not null
     */
    public record SummaryRow(String label, String id, String value) {
    }

    /**
     * The dry run of "check first".
     *
     * @param segments  true if the workbook holds several segments (a column says which)
     * @param rows  one per unit, not null
     * @param count  how many are new, changed and unchanged, a sentence, not null
     */
    public record Preview(boolean segments, List<PreviewRow> rows, String count) {
        /** Copies the list. */
        public Preview {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A unit of the dry run.
     *
     * @param id  the row's element id, e.g. {@code preview-801}, not null
     * @param change  its class: {@code new}, {@code changed} or {@code unchanged}
     * @param segment  the segment's label, not null
     * @param code  the unit's code, not null
     * @param name  the unit's name, not null
     * @param previous  the figure it has now (with its day if earlier), {@code –} for none
     * @param count  the figure it would have, not null
     * @param changeText  the change in words, not null
     */
    public record PreviewRow(String id, String change, String segment, String code, String name,
                             String previous, String count, String changeText) {
    }

    /**
     * A unit stored.
     *
     * @param code  its code, not null
     * @param name  its name, not null
     * @param day  the day of its figure, not null
     * @param previous  its figure before, {@code –} for none, not null
     * @param count  its figure now, not null
     * @param outcome  what happened, in words, not null
     * @param status  the row's class: {@code new}, {@code changed} or {@code unchanged}
     */
    public record StoredRow(String code, String name, String day, String previous, String count,
                            String outcome, String status) {
    }

    /**
     * A problem or warning.
     *
     * @param status  its class: {@code notmet} for an error, {@code missing} for a warning
     * @param text  where and what, not null
     */
    public record ProblemLine(String status, String text) {
    }
}
