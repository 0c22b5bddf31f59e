package io.github.uptake.app.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One unit's boundary on the {@link Projection}'s plane: its rings and their bounding box. The
 * rings are kept as primitive arrays and never handed out. This class is immutable and
 * thread-safe.
 */
public final class ProjectedShape {
    private final String code;
    private final double[][] rings;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    private ProjectedShape(String code, double[][] rings) {
        this.code = code;
        this.rings = rings;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (double[] r : rings) {
            for (int i = 0; i + 1 < r.length; i += 2) {
                x0 = Math.min(x0, r[i]);
                x1 = Math.max(x1, r[i]);
                y0 = Math.min(y0, r[i + 1]);
                y1 = Math.max(y1, r[i + 1]);
            }
        }
        this.minX = x0;
        this.minY = y0;
        this.maxX = x1;
        this.maxY = y1;
    }

    /**
     * Projects a feature.
     *
     * @param feature  the feature, in longitude and latitude, not null
     * @param projection  the projection, not null
     * @return the shape, not null
     */
    public static ProjectedShape of(GeoJson.Feature feature, Projection projection) {
        List<double[]> out = new ArrayList<>();
        for (double[] r : feature.rings()) {
            out.add(projection.project(r));
        }
        return new ProjectedShape(feature.code(), out.toArray(double[][]::new));
    }

    /**
     * Makes a shape of rings already on the plane, for the tests.
     *
     * @param code  the unit's code, not null
     * @param rings  the rings, {@code x0, y0, x1, y1, ...}, each closed, not null, not empty
     * @return the shape, not null
     */
    static ProjectedShape ofPlane(String code, List<double[]> rings) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a shape needs a ring: " + code);
        }
        return new ProjectedShape(Objects.requireNonNull(code, "code"), rings.stream()
                .map(double[]::clone).toArray(double[][]::new));
    }

    /**
     * Returns the unit's code.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /** Returns how many rings there are. */
    int ringCount() {
        return rings.length;
    }

    /** Returns a ring, not to be changed. */
    double[] ring(int i) {
        return rings[i];
    }

    /** Returns the westernmost x. */
    public double minX() {
        return minX;
    }

    /** Returns the northernmost y (the smallest). */
    public double minY() {
        return minY;
    }

    /** Returns the easternmost x. */
    public double maxX() {
        return maxX;
    }

    /** Returns the southernmost y (the largest). */
    public double maxY() {
        return maxY;
    }

    /**
     * Returns the number of points of all rings.
     *
     * @return the points, 0 or more
     */
    public int points() {
        int n = 0;
        for (double[] r : rings) {
            n += r.length / 2;
        }
        return n;
    }

    @Override
    public String toString() {
        return "ProjectedShape[" + code + ", " + rings.length + " rings, " + points() + " points]";
    }
}
