package io.github.uptake.app.web.view;

/**
 * A unit's daily counts as an SVG line chart, in the chart's own coordinates: the counts' line,
 * the target as a horizontal line, and the projection to the target as a dashed line.
 *
 * @param label  the chart's accessible label, not null
 * @param width  the width, in the SVG's units
 * @param height  the height, in the SVG's units
 * @param path  the counts' line as SVG path data, empty for no day
 * @param target  the target's line, null if the unit has none
 * @param projection  the projection's line, null if none is drawn
 * @param firstDay  the first day's label, not null
 * @param labelX  where the first day's label starts
 * @param labelY  the label's baseline
 */
public record Chart(String label, int width, int height, String path, Line target,
                    Line projection, String firstDay, int labelX, int labelY) {

    /**
     * A straight line.
     *
     * @param x1  the start's x
     * @param y1  the start's y
     * @param x2  the end's x
     * @param y2  the end's y
     */
    public record Line(int x1, int y1, int x2, int y2) {
    }
}
