package io.github.uptake.app.web.view;

import java.util.List;

/**
 * A unit's daily counts as an SVG line chart, in the chart's own coordinates (the SVG's
 * {@code viewBox}; the page scales it to its width): the plot area, the counts' line, the target
 * as a horizontal line and the projection to the target as a dashed line, each labelled, the
 * axes' ticks and titles, and the legend shown under the chart.
 *
 * @param label  the chart's accessible label, not null
 * @param width  the view's width, in SVG units
 * @param height  the view's height, in SVG units
 * @param area  the plot area, not null
 * @param path  the counts' line as SVG path data, empty for no day
 * @param target  the target's line, null if the unit has none
 * @param targetLabel  the target's label, e.g. "Mục tiêu: 1.065.884", null without a target
 * @param projection  the projection's line, null if none is drawn
 * @param projectionLabel  the projection's label, e.g. "Dự báo đạt: 12/09", null without one
 * @param yTicks  the count axis's ticks, lowest first, not null
 * @param xTicks  the day axis's ticks, earliest first, not null
 * @param yTitle  the count axis's title, not null
 * @param xTitle  the day axis's title, not null
 * @param legend  what the lines are, in the order drawn, not null
 */
public record Chart(String label, int width, int height, Area area, String path, Line target,
                    String targetLabel, Line projection, String projectionLabel,
                    List<Tick> yTicks, List<Tick> xTicks, String yTitle, String xTitle,
                    List<LegendItem> legend) {
    /** Copies the lists. */
    public Chart {
        yTicks = List.copyOf(yTicks);
        xTicks = List.copyOf(xTicks);
        legend = List.copyOf(legend);
    }

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

    /**
     * The plot area: the rectangle the lines are drawn in.
     *
     * @param x  its left
     * @param y  its top
     * @param width  its width
     * @param height  its height
     */
    public record Area(int x, int y, int width, int height) {
        /** Returns its right. */
        public int right() {
            return x + width;
        }

        /** Returns its bottom. */
        public int bottom() {
            return y + height;
        }
    }

    /**
     * A tick of an axis.
     *
     * @param at  its place along the axis: y for the counts, x for the days
     * @param text  its label, e.g. {@code 1.234} or {@code 15/08}, not null
     */
    public record Tick(int at, String text) {
    }

    /**
     * An item of the legend.
     *
     * @param css  the class of its sample line: {@code chart-counts}, {@code chart-target} or
     *     {@code chart-projection}, not null
     * @param label  what it is, in the page's language, not null
     */
    public record LegendItem(String css, String label) {
    }
}
