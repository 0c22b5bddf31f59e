package io.github.uptake.app.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Some units' boundaries fitted into an SVG view: their common bounding box scaled so that its
 * longer side is {@link #SIZE} units (with a margin of {@link #MARGIN}), each unit's rings as one
 * path, simplified for that size ({@link SvgPath}). The view's units are meant to be about
 * pixels: the page scales the SVG to its width. This class is immutable and thread-safe.
 */
public final class MapDrawing {
    /** The longer side of the view, in SVG units. */
    public static final int SIZE = 600;
    /** The margin around the shapes, in SVG units. */
    static final int MARGIN = 4;

    private final int width;
    private final int height;
    private final Map<String, String> paths;

    private MapDrawing(int width, int height, Map<String, String> paths) {
        this.width = width;
        this.height = height;
        this.paths = paths;
    }

    /**
     * Fits shapes into a view whose longer side is {@link #SIZE}.
     *
     * @param shapes  the shapes, not null, not empty
     * @return the drawing, not null
     * @throws IllegalArgumentException if there is no shape
     */
    public static MapDrawing fit(List<ProjectedShape> shapes) {
        return fit(shapes, SIZE);
    }

    /**
     * Fits shapes into a view whose longer side is {@code size}.
     *
     * @param shapes  the shapes, not null, not empty
     * @param size  the view's longer side, in SVG units, more than twice {@link #MARGIN}
     * @return the drawing, not null
     * @throws IllegalArgumentException if there is no shape or the size is too small
     */
    public static MapDrawing fit(List<ProjectedShape> shapes, int size) {
        if (shapes.isEmpty()) {
            throw new IllegalArgumentException("no shape to draw");
        }
        if (size <= 2 * MARGIN) {
            throw new IllegalArgumentException("size must be more than " + 2 * MARGIN + ": "
                    + size);
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (ProjectedShape s : shapes) {
            minX = Math.min(minX, s.minX());
            minY = Math.min(minY, s.minY());
            maxX = Math.max(maxX, s.maxX());
            maxY = Math.max(maxY, s.maxY());
        }
        double w = Math.max(maxX - minX, 1e-9);
        double h = Math.max(maxY - minY, 1e-9);
        double scale = (size - 2.0 * MARGIN) / Math.max(w, h);
        int width = (int) Math.ceil(w * scale) + 2 * MARGIN;
        int height = (int) Math.ceil(h * scale) + 2 * MARGIN;
        Map<String, String> paths = new LinkedHashMap<>();
        for (ProjectedShape s : shapes) {
            SvgPath p = new SvgPath(scale, MARGIN - minX * scale, MARGIN - minY * scale);
            for (int i = 0; i < s.ringCount(); i++) {
                p.ring(s.ring(i));
            }
            paths.merge(s.code(), p.data(), String::concat);
        }
        return new MapDrawing(width, height, paths);
    }

    /**
     * Returns the view's width.
     *
     * @return the width, in SVG units
     */
    public int width() {
        return width;
    }

    /**
     * Returns the view's height.
     *
     * @return the height, in SVG units
     */
    public int height() {
        return height;
    }

    /**
     * Returns a unit's path.
     *
     * @param code  the unit's code, not null
     * @return its SVG path data, or null if the unit is not drawn
     */
    public String path(String code) {
        return paths.get(Objects.requireNonNull(code, "code"));
    }

    /**
     * Returns the size of all paths' data, to keep the page small.
     *
     * @return the characters of path data
     */
    public int pathChars() {
        return paths.values().stream().mapToInt(String::length).sum();
    }

    @Override
    public String toString() {
        return "MapDrawing[" + width + "x" + height + ", " + paths.size() + " units, "
                + pathChars() + " chars]";
    }
}
