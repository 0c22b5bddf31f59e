package io.github.uptake.app.web;

import java.time.LocalDate;

/**
 * Draws a unit's daily counts as an SVG line chart, with the target as a horizontal line and, when
 * the target is projected within the chart, a dashed line from the last day to the projected day.
 * Server-rendered: the page needs no script.
 */
final class TrendChart {
    private TrendChart() {
    }

    /**
     * Draws the chart.
     *
     * @param counts  one count per day
     * @param first  the first day
     * @param target  the required count, or -1 if none
     * @param projected  the projected day the target is reached, or null
     * @param label  the chart's accessible label
     * @return the SVG element
     */
    static String svg(long[] counts, LocalDate first, long target, LocalDate projected,
                      String label) {
        int w = 640;
        int h = 220;
        int pad = 40;
        int days = counts.length;
        long extra = projected == null ? 0
                : Math.min(60, projected.toEpochDay() - first.toEpochDay() - (days - 1));
        long span = days - 1 + Math.max(0, extra);
        long max = Math.max(1, target);
        for (long c : counts) {
            max = Math.max(max, c);
        }
        StringBuilder s = new StringBuilder("<svg role=\"img\" aria-label=\"" + Html.e(label)
                + "\" viewBox=\"0 0 " + w + " " + h + "\" width=\"" + w + "\" height=\"" + h
                + "\">");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#fafafa\"/>");
        StringBuilder line = new StringBuilder();
        for (int d = 0; d < days; d++) {
            line.append(d == 0 ? "M" : "L").append(x(d, span, w, pad)).append(',')
                    .append(y(counts[d], max, h, pad));
        }
        if (target > 0) {
            int ty = y(target, max, h, pad);
            s.append("<line x1=\"").append(pad).append("\" x2=\"").append(w - pad)
                    .append("\" y1=\"").append(ty).append("\" y2=\"").append(ty)
                    .append("\" stroke=\"#cc0000\" stroke-dasharray=\"2,3\"/>");
        }
        s.append("<path d=\"").append(line).append("\" fill=\"none\" stroke=\"#0b5394\""
                + " stroke-width=\"2\"/>");
        if (projected != null && extra > 0 && days > 0) {
            // the projection at the recent pace, up to the projected day or the chart's edge
            long last = counts[days - 1];
            long toTarget = projected.toEpochDay() - first.toEpochDay() - (days - 1);
            long end = last + (target - last) * extra / Math.max(1, toTarget);
            s.append("<line x1=\"").append(x(days - 1, span, w, pad)).append("\" y1=\"")
                    .append(y(last, max, h, pad)).append("\" x2=\"")
                    .append(x(span, span, w, pad)).append("\" y2=\"").append(y(end, max, h, pad))
                    .append("\" stroke=\"#0b5394\" stroke-dasharray=\"6,4\"/>");
        }
        s.append("<text x=\"").append(pad).append("\" y=\"").append(h - 8).append("\" font-size=\"11\">")
                .append(Html.e(first)).append("</text>");
        s.append("</svg>");
        return s.toString();
    }

    private static int x(long d, long span, int w, int pad) {
        return (int) (pad + (span == 0 ? 0 : d * (w - 2L * pad) / span));
    }

    private static int y(long v, long max, int h, int pad) {
        return (int) (h - pad - v * (h - 2L * pad) / max);
    }
}
