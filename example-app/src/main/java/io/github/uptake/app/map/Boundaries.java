package io.github.uptake.app.map;

import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The boundaries the dashboard can draw, in layers: the 63 provinces of 2020 shipped with the app
 * ({@link #BUNDLED}), then any a province names in its configuration, each valid between two days;
 * a later layer wins for a code both have. All are projected once, when made, on one
 * {@link Projection} around the middle latitude of everything loaded. This class is immutable and
 * thread-safe.
 */
public final class Boundaries {
    /** The shipped provinces of Viet Nam (units of 15/8/2020), CC BY-SA 4.0, see its README. */
    public static final String BUNDLED = "/io/github/uptake/app/data/geo/vn_provinces_2020.geojson";
    /** The first day of the 63 provinces: Hà Tây was merged into Hà Nội on 1/8/2008. */
    public static final LocalDate BUNDLED_FROM = LocalDate.of(2008, 8, 1);
    /** The last day of the 63 provinces: 34 provinces from 1/7/2025. */
    public static final LocalDate BUNDLED_UNTIL = LocalDate.of(2025, 6, 30);

    private final List<Map<String, ProjectedShape>> shapes;
    private final List<Layer> layers;
    private final Projection projection;

    /**
     * A layer of boundaries as read, in longitude and latitude.
     *
     * @param name  where it comes from, for messages, not null
     * @param features  its features, not null
     * @param from  the first day its boundaries hold, null for always before
     * @param until  the last day they hold, null for no end
     */
    public record Layer(String name, List<GeoJson.Feature> features, LocalDate from,
                        LocalDate until) {
        /** Checks the fields and copies the list. */
        public Layer {
            Objects.requireNonNull(name, "name");
            features = List.copyOf(features);
            if (from != null && until != null && until.isBefore(from)) {
                throw new IllegalArgumentException(name + ": until " + until + " is before from "
                        + from);
            }
        }

        /** Returns true if the layer holds on a day. */
        boolean holdsOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null
                    || !day.isAfter(until));
        }
    }

    /**
     * The shapes of some units on a day, with what identifies them.
     *
     * @param key  the units' codes and the layer each comes from: equal keys draw the same map,
     *     not null
     * @param shapes  one shape per unit, in the order asked for, not null
     * @param layers  the indexes of the layers the shapes come from (0 the first given to
     *     {@link #of}), ascending, each once, not null
     */
    public record Selection(String key, List<ProjectedShape> shapes, List<Integer> layers) {
        /** Copies the lists. */
        public Selection {
            shapes = List.copyOf(shapes);
            layers = List.copyOf(layers);
        }
    }

    private Boundaries(List<Layer> layers) {
        this.layers = List.copyOf(layers);
        double south = 90;
        double north = -90;
        for (Layer l : layers) {
            for (GeoJson.Feature f : l.features()) {
                for (double[] r : f.rings()) {
                    for (int i = 1; i < r.length; i += 2) {
                        south = Math.min(south, r[i]);
                        north = Math.max(north, r[i]);
                    }
                }
            }
        }
        this.projection = south > north ? Projection.around(0, 0)
                : Projection.around(south, north);
        List<Map<String, ProjectedShape>> out = new ArrayList<>();
        for (Layer l : layers) {
            Map<String, ProjectedShape> m = new HashMap<>();
            for (GeoJson.Feature f : l.features()) {
                m.put(f.code(), ProjectedShape.of(f, projection));
            }
            out.add(Map.copyOf(m));
        }
        this.shapes = List.copyOf(out);
    }

    /**
     * Projects layers of boundaries.
     *
     * @param layers  the layers, the later winning, not null
     * @return the boundaries, not null
     */
    public static Boundaries of(List<Layer> layers) {
        return new Boundaries(layers);
    }

    /**
     * Returns the shipped provinces as a layer, read once for the whole process.
     *
     * @return the layer of the 63 provinces, valid from {@link #BUNDLED_FROM} to
     *     {@link #BUNDLED_UNTIL}, not null
     */
    public static Layer bundled() {
        return Bundled.LAYER;
    }

    /**
     * Returns the shapes of units on a day, if every one has a boundary that holds on that day.
     *
     * @param codes  the units' codes, not null
     * @param day  the day, not null
     * @return the shapes, in the order of the codes; empty if a unit has none (or no code is
     *     given)
     */
    public Optional<Selection> select(List<String> codes, LocalDate day) {
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        java.util.TreeSet<Integer> used = new java.util.TreeSet<>();
        List<ProjectedShape> out = new ArrayList<>(codes.size());
        for (String c : codes) {
            int layer = -1;
            for (int i = layers.size() - 1; i >= 0 && layer < 0; i--) {
                if (layers.get(i).holdsOn(day) && shapes.get(i).containsKey(c)) {
                    layer = i;
                }
            }
            if (layer < 0) {
                return Optional.empty();
            }
            out.add(shapes.get(layer).get(c));
            used.add(layer);
            key.append(c).append('@').append(layer).append(',');
        }
        return Optional.of(new Selection(key.toString(), out, List.copyOf(used)));
    }

    /**
     * Returns the projection every layer was projected with.
     *
     * @return the projection, not null
     */
    public Projection projection() {
        return projection;
    }

    @Override
    public String toString() {
        return "Boundaries[" + layers.size() + " layers, " + projection + "]";
    }

    /** The shipped layer, read when first asked for. */
    private static final class Bundled {
        static final Layer LAYER = read();

        private Bundled() {
        }

        private static Layer read() {
            try (InputStream in = Boundaries.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("the resource " + BUNDLED + " is missing");
                }
                Validated<List<GeoJson.Feature>> v = GeoJson.read("vn_provinces_2020.geojson", in,
                        "code");
                if (!v.isValid()) {
                    throw new IllegalStateException("the shipped boundaries are invalid: "
                            + v.problems());
                }
                return new Layer("vn_provinces_2020.geojson", v.value(), BUNDLED_FROM,
                        BUNDLED_UNTIL);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
