package io.github.uptake.app.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading GeoJSON: polygons, multipolygons, and refusals that name the feature. */
class GeoJsonTest {
    private static final String SQUARE = "[[[105,10],[106,10],[106,11],[105,11],[105,10]]]";

    static Validated<List<GeoJson.Feature>> read(String json, String codeProperty)
            throws Exception {
        return GeoJson.read("test.geojson", new ByteArrayInputStream(json.getBytes(
                StandardCharsets.UTF_8)), codeProperty);
    }

    static String feature(String properties, String type, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":{\"type\":\""
                + type + "\",\"coordinates\":" + coordinates + "}}";
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features)
                + "]}";
    }

    private static Problem only(Validated<?> v) {
        assertFalse(v.isValid(), "refused");
        assertEquals(1, v.problems().size(), v.problems().toString());
        return v.problems().get(0);
    }

    @Test
    void aPolygonIsReadAsItsRingsInLongitudeAndLatitude() throws Exception {
        Validated<List<GeoJson.Feature>> v = read(collection(feature("{\"code\":\"80\"}",
                "Polygon", SQUARE)), "code");
        assertTrue(v.isValid(), v.problems().toString());
        GeoJson.Feature f = v.value().get(0);
        assertEquals("80", f.code());
        assertEquals(1, f.rings().size());
        assertArrayEquals(new double[] {105, 10, 106, 10, 106, 11, 105, 11, 105, 10},
                f.rings().get(0));
    }

    @Test
    void aMultiPolygonKeepsEveryPartAndHoleAndAnOpenRingIsClosed() throws Exception {
        String multi = "[" + SQUARE + ",[[[107,12],[108,12],[108,13],[107,12]],"
                + "[[107.2,12.1],[107.5,12.1],[107.5,12.3],[107.2,12.1]]]]";
        String open = "[[[100,20],[101,20],[101,21],[100,21]]]";
        Validated<List<GeoJson.Feature>> v = read(collection(
                feature("{\"ma\":\"79\"}", "MultiPolygon", multi),
                feature("{\"ma\":1}", "Polygon", open)), "ma");
        assertTrue(v.isValid(), v.problems().toString());
        assertEquals(3, v.value().get(0).rings().size(), "a part, another, and its hole");
        assertEquals("1", v.value().get(1).code(), "a number is read as the code's text");
        double[] ring = v.value().get(1).rings().get(0);
        assertEquals(10, ring.length, "closed: the first point again at the end");
        assertEquals(ring[0], ring[8]);
        assertEquals(ring[1], ring[9]);
    }

    @Test
    void twoFeaturesWithOneCodeAreOneUnitInParts() throws Exception {
        Validated<List<GeoJson.Feature>> v = read(collection(
                feature("{\"code\":\"48\"}", "Polygon", SQUARE),
                feature("{\"code\":\"48\"}", "Polygon", SQUARE)), "code");
        assertEquals(1, v.value().size());
        assertEquals(2, v.value().get(0).rings().size());
    }

    @Test
    void aFeatureWithoutTheCodePropertyIsRefusedByItsIndexInBothLanguages() throws Exception {
        Problem p = only(read(collection(feature("{\"code\":\"01\"}", "Polygon", SQUARE),
                feature("{\"name\":\"Tỉnh Long An\"}", "Polygon", SQUARE)), "code"));
        assertEquals("geojson.no-code", p.code());
        assertEquals("features[1].properties.code", p.location().field().orElseThrow());
        assertTrue(p.messageVi().contains("Đối tượng thứ 2 (features[1])"), p.messageVi());
        assertTrue(p.messageVi().contains("\"code\""), p.messageVi());
        assertTrue(p.messageEn().contains("Feature 2 (features[1]) has no unit code"),
                p.messageEn());
    }

    @Test
    void aGeometryThatIsNotAPolygonIsRefusedByItsIndex() throws Exception {
        Problem p = only(read(collection(feature("{\"code\":\"01\"}", "Point", "[105,21]")),
                "code"));
        assertEquals("geojson.geometry", p.code());
        assertEquals("features[0].geometry", p.location().field().orElseThrow());
        assertTrue(p.messageEn().contains("geometry type \"Point\""), p.messageEn());
        assertTrue(p.messageVi().contains("kiểu hình \"Point\""), p.messageVi());
        Problem far = only(read(collection(feature("{\"code\":\"01\"}", "Polygon",
                "[[[105,10],[206,10],[106,11],[105,10]]]")), "code"));
        assertTrue(far.messageEn().contains("out of range"), far.messageEn());
    }

    @Test
    void textThatIsNotGeoJsonIsRefusedSayingSo() throws Exception {
        Problem json = only(read("{\"type\": \"FeatureCollection\",\n \"features\": [", "code"));
        assertEquals("geojson.not-json", json.code());
        assertTrue(json.messageVi().startsWith("Tệp không phải GeoJSON"), json.messageVi());
        Problem other = only(read("{\"type\": \"Topology\", \"objects\": {}}", "code"));
        assertEquals("geojson.not-collection", other.code());
        assertTrue(other.messageEn().contains("FeatureCollection"), other.messageEn());
        assertEquals("geojson.empty", only(read(collection(), "code")).code());
    }

    @Test
    void manyBadFeaturesAreListedUpToTheLimit() throws Exception {
        String[] bad = new String[GeoJson.MAX_PROBLEMS + 5];
        java.util.Arrays.fill(bad, feature("{}", "Polygon", SQUARE));
        Validated<List<GeoJson.Feature>> v = read(collection(bad), "code");
        assertEquals(GeoJson.MAX_PROBLEMS, v.problems().size());
    }

    @Test
    void theShippedProvincesAreSixtyThreeUnitsCodedAsTheUnits() {
        Boundaries.Layer l = Boundaries.bundled();
        assertEquals(63, l.features().size());
        assertEquals("01", l.features().get(0).code());
        assertTrue(l.features().stream().anyMatch(f -> f.code().equals("80")), "Long An");
    }
}
