package io.github.uptake.app.map;

import java.util.HashSet;
import java.util.Set;

/**
 * Writes rings as SVG path data at a map's view size, simplified for the screen: points closer
 * than {@link #TOLERANCE} to the last point kept are dropped, then the line is thinned with the
 * Douglas-Peucker rule at the same tolerance (no point moves more than half a unit from the line
 * drawn); coordinates are rounded to a tenth of a unit and written relative to the point before,
 * in tenths, so rounding never drifts. A ring that shrinks below a unit (an islet) is kept as a
 * one-unit square, once per place, so archipelagos stay on the map. Not thread-safe: one per
 * drawing.
 */
final class SvgPath {
    /** The distance below which points are merged, in view units (about pixels). */
    static final double TOLERANCE = 0.5;
    private final StringBuilder out = new StringBuilder();
    private final Set<Long> dots = new HashSet<>();
    private final double scale;
    private final double offsetX;
    private final double offsetY;

    /**
     * Starts the path of one shape.
     *
     * @param scale  view units per projected unit, positive
     * @param offsetX  the view x of projected x 0
     * @param offsetY  the view y of projected y 0
     */
    SvgPath(double scale, double offsetX, double offsetY) {
        this.scale = scale;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    /**
     * Adds a closed ring.
     *
     * @param xy  the ring on the projection's plane, {@code x0, y0, ...}, closed, not null
     */
    void ring(double[] xy) {
        int n = xy.length / 2;
        if (n > 1 && xy[0] == xy[2 * n - 2] && xy[1] == xy[2 * n - 1]) {
            n--;
        }
        double[] v = new double[2 * n];
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            double x = offsetX + xy[2 * i] * scale;
            double y = offsetY + xy[2 * i + 1] * scale;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            if (kept == 0 || Math.hypot(x - v[2 * kept - 2], y - v[2 * kept - 1]) >= TOLERANCE) {
                v[2 * kept] = x;
                v[2 * kept + 1] = y;
                kept++;
            }
        }
        if (maxX - minX < 1 && maxY - minY < 1 || kept < 3) {
            dot((minX + maxX) / 2, (minY + maxY) / 2);
            return;
        }
        boolean[] keep = new boolean[kept];
        keep[0] = true;
        // the point farthest from the first splits the closed ring into two open lines
        int far = 0;
        double best = -1;
        for (int i = 1; i < kept; i++) {
            double d = Math.hypot(v[2 * i] - v[0], v[2 * i + 1] - v[1]);
            if (d > best) {
                best = d;
                far = i;
            }
        }
        keep[far] = true;
        thin(v, 0, far, keep);
        thin(v, far, kept, keep);
        write(v, keep, kept);
    }

    /** Douglas-Peucker between two kept points ({@code to == n} is the first point again). */
    private static void thin(double[] v, int from, int to, boolean[] keep) {
        int n = keep.length;
        java.util.ArrayDeque<int[]> work = new java.util.ArrayDeque<>();
        work.push(new int[] {from, to});
        while (!work.isEmpty()) {
            int[] s = work.pop();
            int a = s[0];
            int b = s[1];
            if (b - a < 2) {
                continue;
            }
            double ax = v[2 * a];
            double ay = v[2 * a + 1];
            double bx = v[2 * (b % n)];
            double by = v[2 * (b % n) + 1];
            double dx = bx - ax;
            double dy = by - ay;
            double len = Math.hypot(dx, dy);
            int worst = -1;
            double far = TOLERANCE;
            for (int i = a + 1; i < b; i++) {
                double px = v[2 * i] - ax;
                double py = v[2 * i + 1] - ay;
                double d = len == 0 ? Math.hypot(px, py) : Math.abs(px * dy - py * dx) / len;
                if (d > far) {
                    far = d;
                    worst = i;
                }
            }
            if (worst >= 0) {
                keep[worst] = true;
                work.push(new int[] {a, worst});
                work.push(new int[] {worst, b});
            }
        }
    }

    private void write(double[] v, boolean[] keep, int n) {
        long[] t = new long[2 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!keep[i]) {
                continue;
            }
            long x = Math.round(v[2 * i] * 10);
            long y = Math.round(v[2 * i + 1] * 10);
            if (m > 0 && t[2 * m - 2] == x && t[2 * m - 1] == y) {
                continue;
            }
            t[2 * m] = x;
            t[2 * m + 1] = y;
            m++;
        }
        if (m < 3) {
            double cx = 0;
            double cy = 0;
            for (int i = 0; i < m; i++) {
                cx += t[2 * i] / 10.0;
                cy += t[2 * i + 1] / 10.0;
            }
            dot(cx / Math.max(1, m), cy / Math.max(1, m));
            return;
        }
        out.append('M');
        number(t[0], false);
        number(t[1], true);
        out.append('l');
        for (int i = 1; i < m; i++) {
            number(t[2 * i] - t[2 * i - 2], i > 1);
            number(t[2 * i + 1] - t[2 * i - 1], true);
        }
        out.append('z');
    }

    /** Draws an islet as a one-unit square, once per unit cell of the view. */
    private void dot(double x, double y) {
        long cx = Math.round(x);
        long cy = Math.round(y);
        if (!dots.add(cx * 1_000_003L + cy)) {
            return;
        }
        out.append('M');
        number(cx * 10 - 5, false);
        number(cy * 10 - 5, true);
        out.append("h1v1h-1z");
    }

    /** Writes tenths as a decimal, {@code 12.3}, {@code -.5}, {@code 4}. */
    private void number(long tenths, boolean separated) {
        if (separated && tenths >= 0) {
            out.append(' ');
        }
        long a = Math.abs(tenths);
        if (tenths < 0) {
            out.append('-');
        }
        if (a >= 10 || a == 0) {
            out.append(a / 10);
        }
        if (a % 10 != 0) {
            out.append('.').append(a % 10);
        }
    }

    /**
     * Returns the path data written, empty if nothing was.
     *
     * @return SVG path data, not null
     */
    String data() {
        return out.toString();
    }
}
