package io.github.uptake.app.web;

import io.github.uptake.app.web.view.Chart;
import java.time.LocalDate;

/**
 * Lays out a unit's daily counts as a line chart ({@link Chart}, drawn as SVG by
 * {@code chart.jte}), with the target as a horizontal line and, when the target is projected
 * within the chart, a dashed line from the last day to the projected day. Server-rendered: the
 * page needs no script. This class is stateless and thread-safe.
 */
final class TrendChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    private static final int PAD = 40;
    /** The farthest the projection is drawn past the last day, in days. */
    private static final int MAX_PROJECTION_DAYS = 60;

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
     * @param firstDay  the first day as shown, not null
     * @return the chart
     */
    static Chart of(long[] counts, LocalDate first, long target, LocalDate projected,
                    String label, String firstDay) {
        int days = counts.length;
        long extra = projected == null ? 0 : Math.min(MAX_PROJECTION_DAYS,
                projected.toEpochDay() - first.toEpochDay() - (days - 1));
        long span = days - 1 + Math.max(0, extra);
        long max = Math.max(1, target);
        for (long c : counts) {
            max = Math.max(max, c);
        }
        StringBuilder path = new StringBuilder();
        for (int d = 0; d < days; d++) {
            path.append(d == 0 ? 'M' : 'L').append(x(d, span)).append(',')
                    .append(y(counts[d], max));
        }
        Chart.Line targetLine = target > 0 ? new Chart.Line(PAD, y(target, max), WIDTH - PAD,
                y(target, max)) : null;
        Chart.Line projection = null;
        if (projected != null && extra > 0 && days > 0) {
            // at the recent pace, up to the projected day or the chart's edge
            long last = counts[days - 1];
            long toTarget = projected.toEpochDay() - first.toEpochDay() - (days - 1);
            long end = last + (target - last) * extra / Math.max(1, toTarget);
            projection = new Chart.Line(x(days - 1, span), y(last, max), x(span, span),
                    y(end, max));
        }
        return new Chart(label, WIDTH, HEIGHT, path.toString(), targetLine, projection, firstDay,
                PAD, HEIGHT - 8);
    }

    private static int x(long d, long span) {
        return (int) (PAD + (span == 0 ? 0 : d * (WIDTH - 2L * PAD) / span));
    }

    private static int y(long v, long max) {
        return (int) (HEIGHT - PAD - v * (HEIGHT - 2L * PAD) / max);
    }
}
