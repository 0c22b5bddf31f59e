package io.github.uptake.app.web.view;

import java.util.List;

/**
 * A unit's figures re-based onto a later version of its units: where its leaves went, with the
 * share of each figure that is estimated.
 *
 * @param layout  the frame, not null
 * @param heading  which view this is, not null
 * @param date  the day of the figures, not null
 * @param source  where the crosswalks come from, in the page's language, not null
 * @param views  the switch between views, not null
 * @param onlyFrom  what the rows hold, a sentence, not null
 * @param chart  the re-based total over time, not null
 * @param rows  the new units, in tree order, not null
 * @param notMapped  the old units mapped nowhere, "code name", not null
 */
public record RebasedPage(Layout layout, String heading, String date, String source,
                          ViewSwitch views, String onlyFrom, Chart chart, List<Row> rows,
                          List<String> notMapped) {
    /** Copies the lists. */
    public RebasedPage {
        rows = List.copyOf(rows);
        notMapped = List.copyOf(notMapped);
    }

    /**
     * A new unit.
     *
     * @param code  its code, not null
     * @param depth  its depth in the new units, 0 for the top
     * @param name  its name, not null
     * @param estimated  true if some of its count is estimated
     * @param count  its count as shown, not null
     * @param denominator  its denominator as shown, not null
     * @param rate  its rate as shown, not null
     * @param estimatedShare  the estimated share as shown, empty if none, not null
     * @param fromOld  the old units that went into it, not null
     */
    public record Row(String code, int depth, String name, boolean estimated, String count,
                      String denominator, String rate, String estimatedShare, String fromOld) {
        /** Returns the name cell's classes: indented by depth. */
        public String nameClass() {
            return depth == 0 ? "t" : "t depth-" + Math.min(depth, 4);
        }
    }
}
