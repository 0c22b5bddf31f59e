package io.github.uptake.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Writing rings as path data: closed, simplified within half a unit, rounded to a tenth. */
class SvgPathTest {
    /** A circle of radius r around (cx, cy), n points, closed. */
    private static double[] circle(double cx, double cy, double r, int n) {
        double[] xy = new double[2 * (n + 1)];
        for (int i = 0; i <= n; i++) {
            double a = 2 * Math.PI * (i % n) / n;
            xy[2 * i] = cx + r * Math.cos(a);
            xy[2 * i + 1] = cy + r * Math.sin(a);
        }
        return xy;
    }

    /** The distance from a point to a closed outline. */
    private static double distance(double x, double y, double[] pts) {
        double best = Double.POSITIVE_INFINITY;
        int n = pts.length / 2;
        for (int i = 0; i < n; i++) {
            double ax = pts[2 * i];
            double ay = pts[2 * i + 1];
            double bx = pts[2 * ((i + 1) % n)];
            double by = pts[2 * ((i + 1) % n) + 1];
            double dx = bx - ax;
            double dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy)
                    / len2));
            best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
        }
        return best;
    }

    @Test
    void aRingIsOneClosedSubpathWithFewerPointsAndEveryPointStaysNearTheOutline() {
        SvgPath p = new SvgPath(1, 0, 0);
        double[] circle = circle(100, 100, 50, 2000);
        p.ring(circle);
        List<PathData.Ring> rings = PathData.rings(p.data());
        assertEquals(1, rings.size(), p.data());
        assertTrue(rings.get(0).closed(), "ends with z: " + p.data());
        assertTrue(p.data().startsWith("M") && p.data().endsWith("z"), p.data());
        double[] pts = rings.get(0).points();
        assertTrue(pts.length / 2 < 200, "simplified: " + pts.length / 2 + " of 2000 points");
        for (int i = 0; i < pts.length; i += 2) {
            double r = Math.hypot(pts[i] - 100, pts[i + 1] - 100);
            assertEquals(50, r, 0.08, "a point kept is on the circle, rounded to a tenth");
        }
        // dropped within the tolerance of a point kept, then of the line: twice it at most
        for (int i = 0; i < circle.length; i += 2) {
            double d = distance(circle[i], circle[i + 1], pts);
            assertTrue(d <= 2 * SvgPath.TOLERANCE + 0.08, "point " + i / 2 + " is " + d
                    + " from the outline");
        }
    }

    @Test
    void coordinatesHaveAtMostOneDecimalAndDoNotDriftWhenWrittenRelative() {
        SvgPath p = new SvgPath(3.3333, 0.123, 0.456);
        double[] ring = {0, 0, 10.01, 0.02, 10.02, 10.03, 0.01, 10.04, 0, 0};
        p.ring(ring);
        Matcher decimals = Pattern.compile("\\.\\d{2,}").matcher(p.data());
        assertTrue(!decimals.find(), "one decimal at most: " + p.data());
        double[] pts = PathData.rings(p.data()).get(0).points();
        // the third corner, after two relative steps, is where it is drawn, to the tenth
        assertEquals(0.123 + 10.02 * 3.3333, pts[4], 0.05 + 1e-9);
        assertEquals(0.456 + 10.03 * 3.3333, pts[5], 0.05 + 1e-9);
    }

    @Test
    void anIsletBelowAUnitIsAOneUnitSquareOncePerPlace() {
        SvgPath p = new SvgPath(1, 0, 0);
        p.ring(circle(20, 30, 0.2, 12));
        p.ring(circle(20.1, 30.1, 0.2, 12));
        p.ring(circle(40, 30, 0.2, 12));
        List<PathData.Ring> rings = PathData.rings(p.data());
        assertEquals(2, rings.size(), "two places: " + p.data());
        PathData.Ring dot = rings.get(0);
        assertTrue(dot.closed());
        assertEquals(1, dot.maxX() - dot.minX(), 1e-9);
        assertEquals(1, dot.maxY() - dot.minY(), 1e-9);
        assertEquals(20, (dot.maxX() + dot.minX()) / 2, 0.5);
    }
}
