package io.github.uptake.app.web.view;

import java.util.List;

/**
 * The data entry page ({@code /entry}): the units a user reports for on a day, each with its
 * denominator, its last figure and an input for the day's figure, and after a post what happened:
 * the outcome's sentence, each unit's old and new figure, and every problem next to the input it
 * is about (the others above the form).
 *
 * @param layout  the frame, not null
 * @param title  the heading, not null
 * @param subtitle  the user's unit, the day and the segment in words, not null
 * @param csrf  the session's CSRF token, not null
 * @param day  the day of the figures, {@code YYYY-MM-DD}, not null
 * @param segment  the segment's id, not null
 * @param segments  the segments to choose from, not null
 * @param outcome  what happened to the figures posted, null before a post
 * @param problems  the problems that belong to no input of the form (or why there is no form),
 *     not null
 * @param rows  the units of the form, in tree order, empty if there is no form, not null
 * @param result  each unit's old and new figure, empty before a post and when refused, not null
 * @param hint  what to do next, null for nothing
 * @param unitHref  the link to the user's unit page of the day, not null
 * @param pasted  the chat lines pasted, shown again unless stored, empty for none, not null
 */
public record EntryPage(Layout layout, String title, String subtitle, String csrf, String day,
                        String segment, List<Choice> segments, Outcome outcome,
                        List<Note> problems, List<Row> rows, List<ResultRow> result, String hint,
                        String unitHref, String pasted) {
    /** Copies the lists. */
    public EntryPage {
        segments = List.copyOf(segments);
        problems = List.copyOf(problems);
        rows = List.copyOf(rows);
        result = List.copyOf(result);
    }

    /**
     * A choice of a select.
     *
     * @param value  the value sent, not null
     * @param label  the text shown, not null
     * @param selected  true for the one chosen
     */
    public record Choice(String value, String label, boolean selected) {
    }

    /**
     * The outcome's sentence.
     *
     * @param status  its class: {@code met}, {@code missing} or {@code notmet}
     * @param text  the sentence, not null
     */
    public record Outcome(String status, String text) {
    }

    /**
     * A problem, an error or a warning.
     *
     * @param status  its class: {@code notmet} for an error, {@code missing} for a warning
     * @param text  where and what, in the page's language, not null
     */
    public record Note(String status, String text) {
    }

    /**
     * A unit of the form.
     *
     * @param code  its code, not null
     * @param name  its name, not null
     * @param group  the name of its district, shown above the first unit of each district when the
     *     form spans several; null otherwise
     * @param inputName  the input's name, {@code count[CODE]}, not null
     * @param inputId  the input's element id, {@code count-CODE}, not null
     * @param value  the input's value: what was typed, or the day's figure already stored, or
     *     empty, not null
     * @param denominator  its denominator as shown, {@code –} for none, not null
     * @param last  its last figure and the day of it as shown, {@code –} for none, not null
     * @param notes  the problems of its input, not null
     */
    public record Row(String code, String name, String group, String inputName, String inputId,
                      String value, String denominator, String last, List<Note> notes) {
        /** Copies the list. */
        public Row {
            notes = List.copyOf(notes);
        }

        /**
         * Tells whether the input has an error.
         *
         * @return true if one of its notes is an error
         */
        public boolean invalid() {
            return notes.stream().anyMatch(n -> n.status().equals("notmet"));
        }

        /**
         * Returns the element id of the input's problems.
         *
         * @return {@code problem-CODE}
         */
        public String notesId() {
            return "problem-" + code;
        }
    }

    /**
     * A unit's old and new figure after a post.
     *
     * @param code  its code, not null
     * @param name  its name, not null
     * @param previous  its figure before, with its day if earlier, {@code –} for none, not null
     * @param count  the figure typed, not null
     * @param change  what storing did or would do, in words, not null
     * @param status  the row's class: {@code new}, {@code changed} or {@code unchanged}
     */
    public record ResultRow(String code, String name, String previous, String count,
                            String change, String status) {
    }
}
