package io.github.uptake.app.web.view;

import java.util.List;

/**
 * The table of the units below a unit, in the order asked for, with the links that sort it and
 * the legend of the rate bands.
 *
 * @param headers  the column headings, in order, not null
 * @param rows  one per unit below, in the order shown, not null
 * @param partial  true if some rate is partial (the note is shown)
 * @param legend  the rate bands, lowest first, each with its class and its name, not null
 */
public record ChildrenTable(List<Header> headers, List<Row> rows, boolean partial,
                            List<Band> legend) {
    /** Copies the lists. */
    public ChildrenTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        legend = List.copyOf(legend);
    }

    /**
     * A column heading.
     *
     * @param label  its text, not null
     * @param left  true for a column of text (aligned left)
     * @param href  the link that sorts the table by the column, null for a column that does not
     *     sort
     * @param sorted  {@code asc} or {@code desc} if the table is sorted by the column, else null
     */
    public record Header(String label, boolean left, String href, String sorted) {
    }

    /**
     * A rate band of the legend.
     *
     * @param css  its class, e.g. {@code band-lt10}, not null
     * @param label  its name in the page's language, e.g. "dưới 10%", not null
     */
    public record Band(String css, String label) {
    }

    /**
     * A unit below.
     *
     * @param code  its code, not null
     * @param href  its page, not null
     * @param name  its name, not null
     * @param count  its count as shown, not null
     * @param ownUsed  true if the count is the unit's own figure
     * @param denominator  its denominator as shown, not null
     * @param rate  its rate as shown, not null
     * @param status  the rate cell's class: {@code met}, {@code notmet} or {@code missing}
     * @param band  the rate cell's band class, e.g. {@code band-lt10}, null without a rate
     * @param change  the change since the day before, not null
     * @param rank  its rank, empty without a figure, not null
     */
    public record Row(String code, String href, String name, String count, boolean ownUsed,
                      String denominator, String rate, String status, String band,
                      String change, String rank) {
    }
}
