package io.github.uptake.app.web;

import io.github.uptake.app.web.view.Chart;
import io.github.uptake.format.UptakeFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a unit's daily counts as a line chart ({@link Chart}, drawn as SVG by
 * {@code chart.jte}): counts on the y axis from 0, at round steps written in the page's language
 * ({@code 1.234}), days on the x axis ({@code dd/MM}), the target as a labelled horizontal line
 * and, when the target is projected within the chart, a labelled dashed line from the last day to
 * the projected day; a legend names the three. The view is {@link #WIDTH} by {@link #HEIGHT}
 * units and the page scales it to its width. Server-rendered: the page needs no script. This class
 * is stateless and thread-safe.
 */
final class TrendChart {
    /** The view's width, in SVG units. */
    static final int WIDTH = 560;
    /** The view's height, in SVG units. */
    static final int HEIGHT = 260;
    /** The farthest the projection is drawn past the last day, in days. */
    private static final int MAX_PROJECTION_DAYS = 60;
    private static final int TOP = 30;
    private static final int RIGHT = 22;
    private static final int BOTTOM = 40;
    /**
     * The width of a character of the count labels, in SVG units, with room: 12 units high on a
     * desktop, 15 on a phone (where the chart is scaled down).
     */
    private static final int CHAR = 8;

    private TrendChart() {
    }

    /**
     * Lays out the chart.
     *
     * @param counts  one count per day, not null
     * @param first  the first day, not null
     * @param target  the required count, or -1 if none
     * @param projected  the projected day the target is reached, or null
     * @param label  the chart's accessible label, not null
     * @param msg  the texts and number format of the page's language, not null
     * @return the chart, not null
     */
    static Chart of(long[] counts, LocalDate first, long target, LocalDate projected,
                    String label, Messages msg) {
        UptakeFormat f = msg.format();
        int days = counts.length;
        long extra = projected == null || days == 0 ? 0 : Math.min(MAX_PROJECTION_DAYS,
                projected.toEpochDay() - first.toEpochDay() - (days - 1));
        long span = Math.max(0, days - 1) + Math.max(0, extra);
        long projectedEnd = -1;
        if (extra > 0 && target > 0) {
            // at the recent pace, up to the projected day or the chart's edge
            long last = counts[days - 1];
            long toTarget = projected.toEpochDay() - first.toEpochDay() - (days - 1);
            projectedEnd = last + (target - last) * extra / Math.max(1, toTarget);
        }
        long max = Math.max(target, projectedEnd);
        for (long c : counts) {
            max = Math.max(max, c);
        }
        long[] yValues = ChartTicks.counts(Math.max(0, max));
        long top = yValues[yValues.length - 1];
        int widest = 1;
        List<String> yTexts = new ArrayList<>();
        for (long v : yValues) {
            String t = f.count(v);
            yTexts.add(t);
            widest = Math.max(widest, t.length());
        }
        int left = 14 + widest * CHAR;
        Chart.Area area = new Chart.Area(left, TOP, WIDTH - left - RIGHT, HEIGHT - TOP - BOTTOM);
        Scale s = new Scale(area, span, top);
        List<Chart.Tick> yTicks = new ArrayList<>();
        for (int i = 0; i < yValues.length; i++) {
            yTicks.add(new Chart.Tick(s.y(yValues[i]), yTexts.get(i)));
        }
        List<Chart.Tick> xTicks = new ArrayList<>();
        for (LocalDate d : ChartTicks.days(first, span)) {
            xTicks.add(new Chart.Tick(s.x(d.toEpochDay() - first.toEpochDay()),
                    ChartTicks.dayMonth(d)));
        }
        StringBuilder path = new StringBuilder();
        for (int d = 0; d < days; d++) {
            path.append(d == 0 ? 'M' : 'L').append(s.x(d)).append(',').append(s.y(counts[d]));
        }
        List<Chart.LegendItem> legend = new ArrayList<>();
        legend.add(new Chart.LegendItem("chart-counts", msg.get("chart.legend.count")));
        Chart.Line targetLine = null;
        String targetLabel = null;
        if (target > 0) {
            targetLine = new Chart.Line(area.x(), s.y(target), area.right(), s.y(target));
            targetLabel = msg.get("chart.target", f.count(target));
            legend.add(new Chart.LegendItem("chart-target", msg.get("chart.legend.target")));
        }
        Chart.Line projection = null;
        String projectionLabel = null;
        if (projectedEnd >= 0) {
            projection = new Chart.Line(s.x(days - 1), s.y(counts[days - 1]), s.x(span),
                    s.y(projectedEnd));
            // past the chart's edge the line stops there: say the day in full, and that it is
            // beyond
            long toTarget = projected.toEpochDay() - first.toEpochDay() - (days - 1);
            projectionLabel = toTarget > MAX_PROJECTION_DAYS
                    ? msg.get("chart.projection.beyond", f.date(projected))
                    : msg.get("chart.projection", ChartTicks.dayMonth(projected));
            legend.add(new Chart.LegendItem("chart-projection",
                    msg.get("chart.legend.projection")));
        }
        return new Chart(label, WIDTH, HEIGHT, area, path.toString(), targetLine, targetLabel,
                projection, projectionLabel, yTicks, xTicks, msg.get("chart.axis.count"),
                msg.get("chart.axis.day"), legend);
    }

    /** Days and counts to the view's coordinates. */
    private record Scale(Chart.Area area, long span, long top) {
        int x(long day) {
            return (int) (area.x() + (span == 0 ? 0 : day * area.width() / span));
        }

        int y(long count) {
            return (int) (area.bottom() - (top == 0 ? 0 : count * area.height() / top));
        }
    }
}
