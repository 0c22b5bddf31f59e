package io.github.uptake.app.map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the boundaries of a GeoJSON file (RFC 7946): a {@code FeatureCollection} whose features
 * are {@code Polygon}s or {@code MultiPolygon}s in WGS84 longitude and latitude, each keyed by a
 * property holding a unit's code. What is wrong is a list of problems, each naming the feature by
 * its index ({@code features[3].properties.code}) in Vietnamese and English, never an exception.
 * Two features with the same code are one unit drawn in several parts. Holes are kept as rings
 * (the map fills with the even-odd rule). This class is stateless and thread-safe.
 */
public final class GeoJson {
    /** The most problems listed for one file: the rest are like them. */
    static final int MAX_PROBLEMS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJson() {
    }

    /**
     * One unit's boundary, in longitude and latitude.
     *
     * @param code  the unit's code, not blank
     * @param rings  the rings of all its polygons, outer rings and holes alike, each as
     *     {@code lon0, lat0, lon1, lat1, ...} in degrees, closed (the last point equals the first),
     *     at least four points; not null, not empty
     */
    public record Feature(String code, List<double[]> rings) {
        /** Copies the list. */
        public Feature {
            rings = List.copyOf(rings);
        }
    }

    /**
     * Reads a GeoJSON file's features.
     *
     * @param source  the file's name, for the problems' location, not null
     * @param in  the file's bytes (UTF-8 JSON), not null; not closed here
     * @param codeProperty  the property that holds a unit's code, e.g. {@code code}, not blank
     * @return the features, in the file's order (features with the same code joined), or the
     *     problems: not JSON, not a feature collection, a feature without the code property, a
     *     geometry that is not a polygon or has bad coordinates
     * @throws IOException if the bytes cannot be read (not for bad content)
     */
    public static Validated<List<Feature>> read(String source, InputStream in,
                                                String codeProperty) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            return refused(source, notJson(source, e));
        } catch (JacksonException e) {
            return refused(source, notJson(source, null));
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type")
                .asText()) || !root.path("features").isArray()) {
            return refused(source, Problem.error("geojson.not-collection", Location.of(source,
                    null, null, null, "type"), root == null ? null : root.path("type").asText(),
                    "Tệp không phải GeoJSON: cần một đối tượng {\"type\": \"FeatureCollection\","
                            + " \"features\": [...]}.", "The file is not GeoJSON: a"
                            + " {\"type\": \"FeatureCollection\", \"features\": [...]} is"
                            + " needed."));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, List<double[]>> byCode = new LinkedHashMap<>();
        JsonNode features = root.path("features");
        for (int i = 0; i < features.size() && problems.size() < MAX_PROBLEMS; i++) {
            JsonNode f = features.get(i);
            String at = "features[" + i + "]";
            JsonNode code = f.path("properties").path(codeProperty);
            if (!code.isTextual() && !code.isIntegralNumber() || code.asText().isBlank()) {
                problems.add(Problem.error("geojson.no-code", Location.of(source, null, null, null,
                        at + ".properties." + codeProperty), null, "Đối tượng thứ " + (i + 1)
                        + " (" + at + ") không có mã đơn vị ở thuộc tính \"" + codeProperty
                        + "\". Mỗi đối tượng cần mã của đơn vị nó vẽ; hoặc ghi đúng tên thuộc"
                        + " tính (codeProperty).", "Feature " + (i + 1) + " (" + at + ") has no"
                        + " unit code in its property \"" + codeProperty + "\". Each feature"
                        + " needs the code of the unit it draws; or name the right property"
                        + " (codeProperty)."));
                continue;
            }
            List<double[]> rings = new ArrayList<>();
            String[] bad = Geometry.rings(f.path("geometry"), rings);
            if (bad != null) {
                problems.add(Problem.error("geojson.geometry", Location.of(source, null, null,
                        null, at + ".geometry"), code.asText(), "Đối tượng thứ " + (i + 1) + " ("
                        + at + ", mã " + code.asText() + ") không vẽ được: " + bad[0]
                        + ". Cần Polygon hoặc MultiPolygon với toạ độ [kinh độ, vĩ độ].",
                        "Feature " + (i + 1) + " (" + at + ", code " + code.asText()
                                + ") cannot be drawn: " + bad[1] + ". A Polygon or MultiPolygon"
                                + " of [longitude, latitude] positions is needed."));
                continue;
            }
            byCode.computeIfAbsent(code.asText().strip(), k -> new ArrayList<>()).addAll(rings);
        }
        if (problems.isEmpty() && byCode.isEmpty()) {
            problems.add(Problem.error("geojson.empty", Location.of(source, null, null, null,
                    "features"), null, "Tệp GeoJSON không có đối tượng nào.",
                    "The GeoJSON file has no feature."));
        }
        List<Feature> out = new ArrayList<>();
        byCode.forEach((code, rings) -> out.add(new Feature(code, rings)));
        return Validated.of("GeoJSON " + source, out, problems);
    }

    private static Problem notJson(String source, JsonProcessingException e) {
        JsonLocation at = e == null ? null : e.getLocation();
        Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
        String where = line == null ? "" : " (dòng " + line + ")";
        String whereEn = line == null ? "" : " (line " + line + ")";
        return Problem.error("geojson.not-json", Location.of(source, null, null, line, null),
                null, "Tệp không phải GeoJSON: không đọc được như JSON" + where + ".",
                "The file is not GeoJSON: it cannot be read as JSON" + whereEn + ".");
    }

    private static Validated<List<Feature>> refused(String source, Problem p) {
        return Validated.of("GeoJSON " + source, null, List.of(p));
    }

    /** Reads the rings of a geometry. */
    private static final class Geometry {
        private Geometry() {
        }

        /**
         * Adds a geometry's rings to a list.
         *
         * @return null if read, else what is wrong, in Vietnamese and in English
         */
        static String[] rings(JsonNode g, List<double[]> out) {
            String type = g.path("type").asText("");
            JsonNode c = g.path("coordinates");
            if (type.equals("Polygon")) {
                return polygon(c, out);
            }
            if (type.equals("MultiPolygon") && c.isArray() && !c.isEmpty()) {
                for (JsonNode p : c) {
                    String[] bad = polygon(p, out);
                    if (bad != null) {
                        return bad;
                    }
                }
                return null;
            }
            if (type.equals("MultiPolygon")) {
                return new String[] {"không có đa giác nào", "no polygon"};
            }
            return new String[] {"kiểu hình \"" + type + "\"", "geometry type \"" + type
                    + "\""};
        }

        private static String[] polygon(JsonNode p, List<double[]> out) {
            if (!p.isArray() || p.isEmpty()) {
                return new String[] {"đa giác không có vòng nào", "a polygon without rings"};
            }
            for (JsonNode ring : p) {
                if (!ring.isArray() || ring.size() < 4) {
                    return new String[] {"vòng có ít hơn 4 điểm", "a ring of fewer than 4"
                            + " positions"};
                }
                boolean closed = ring.get(0).equals(ring.get(ring.size() - 1));
                double[] xy = new double[2 * (ring.size() + (closed ? 0 : 1))];
                for (int i = 0; i < ring.size(); i++) {
                    JsonNode pos = ring.get(i);
                    if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber()
                            || !pos.get(1).isNumber()) {
                        return new String[] {"toạ độ không phải [kinh độ, vĩ độ]",
                                "a position that is not [longitude, latitude]"};
                    }
                    double lon = pos.get(0).asDouble();
                    double lat = pos.get(1).asDouble();
                    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                        String pos2 = "[" + lon + ", " + lat + "]";
                        return new String[] {"toạ độ ngoài khoảng: " + pos2,
                                "a position out of range: " + pos2};
                    }
                    xy[2 * i] = lon;
                    xy[2 * i + 1] = lat;
                }
                if (!closed) {
                    xy[xy.length - 2] = xy[0];
                    xy[xy.length - 1] = xy[1];
                }
                out.add(xy);
            }
            return null;
        }
    }
}
