package io.github.uptake.app.web.view;

import java.util.List;

/**
 * The table of the units below a unit.
 *
 * @param rows  one per unit below, not null
 * @param partial  true if some rate is partial (the note is shown)
 */
public record ChildrenTable(List<Row> rows, boolean partial) {
    /** Copies the list. */
    public ChildrenTable {
        rows = List.copyOf(rows);
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
     * @param change  the change since the day before, not null
     * @param rank  its rank, empty without a figure, not null
     */
    public record Row(String code, String href, String name, String count, boolean ownUsed,
                      String denominator, String rate, String status, String change,
                      String rank) {
    }
}
