package io.github.uptake.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the SVG path data {@link SvgPath} writes ({@code M}, {@code l}, {@code h},
 * {@code v}, {@code z}), for the tests: each subpath's absolute points, and whether it is closed.
 */
final class PathData {
    private static final Pattern TOKEN = Pattern.compile("[MlhvzZ]|-?(\\d+\\.?\\d*|\\.\\d+)");

    private PathData() {
    }

    /**
     * A subpath.
     *
     * @param points  its points, {@code x0, y0, x1, y1, ...}, absolute
     * @param closed  true if it ends with {@code z}
     */
    record Ring(double[] points, boolean closed) {
        double minX() {
            return extreme(0, true);
        }

        double maxX() {
            return extreme(0, false);
        }

        double minY() {
            return extreme(1, true);
        }

        double maxY() {
            return extreme(1, false);
        }

        private double extreme(int offset, boolean min) {
            double e = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            for (int i = offset; i < points.length; i += 2) {
                e = min ? Math.min(e, points[i]) : Math.max(e, points[i]);
            }
            return e;
        }
    }

    /** Parses path data into its subpaths. */
    static List<Ring> rings(String data) {
        List<Ring> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(data);
        List<Double> pts = new ArrayList<>();
        char cmd = 0;
        double x = 0;
        double y = 0;
        List<Double> args = new ArrayList<>();
        while (m.find()) {
            String t = m.group();
            if (Character.isLetter(t.charAt(0))) {
                cmd = t.charAt(0);
                if (cmd == 'z' || cmd == 'Z') {
                    out.add(new Ring(toArray(pts), true));
                    pts = new ArrayList<>();
                }
                continue;
            }
            args.add(Double.parseDouble(t));
            switch (cmd) {
                case 'M' -> {
                    if (args.size() == 2) {
                        x = args.get(0);
                        y = args.get(1);
                        pts.add(x);
                        pts.add(y);
                        args.clear();
                    }
                }
                case 'l' -> {
                    if (args.size() == 2) {
                        x += args.get(0);
                        y += args.get(1);
                        pts.add(x);
                        pts.add(y);
                        args.clear();
                    }
                }
                case 'h' -> {
                    x += args.remove(0);
                    pts.add(x);
                    pts.add(y);
                }
                case 'v' -> {
                    y += args.remove(0);
                    pts.add(x);
                    pts.add(y);
                }
                default -> throw new IllegalArgumentException("a number before a command: " + data);
            }
        }
        if (!pts.isEmpty()) {
            out.add(new Ring(toArray(pts), false));
        }
        return out;
    }

    private static double[] toArray(List<Double> l) {
        double[] a = new double[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }
}
