package io.github.uptake.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fitting shapes into the view: inside the box, closed, where they belong, and small. */
class MapDrawingTest {
    private static MapDrawing nation;

    @BeforeAll
    static void drawTheNation() {
        Boundaries b = Boundaries.of(List.of(Boundaries.bundled()));
        List<String> codes = Boundaries.bundled().features().stream().map(GeoJson.Feature::code)
                .toList();
        nation = MapDrawing.fit(b.select(codes, LocalDate.of(2020, 8, 15)).orElseThrow()
                .shapes());
    }

    private static ProjectedShape square(String code, double x, double y, double side) {
        return ProjectedShape.ofPlane(code, List.of(new double[] {x, y, x + side, y,
                x + side, y + side, x, y + side, x, y}));
    }

    /** The centre of a unit's drawn bounding box. */
    private static double[] centre(MapDrawing d, String code) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (PathData.Ring r : PathData.rings(d.path(code))) {
            minX = Math.min(minX, r.minX());
            maxX = Math.max(maxX, r.maxX());
            minY = Math.min(minY, r.minY());
            maxY = Math.max(maxY, r.maxY());
        }
        return new double[] {(minX + maxX) / 2, (minY + maxY) / 2};
    }

    @Test
    void aSquareFillsTheBoxInsideItsMargin() {
        MapDrawing d = MapDrawing.fit(List.of(square("A", 105, -11, 1)), 600);
        assertEquals(600, d.width());
        assertEquals(600, d.height());
        List<PathData.Ring> rings = PathData.rings(d.path("A"));
        assertEquals(1, rings.size(), d.path("A"));
        PathData.Ring r = rings.get(0);
        assertEquals(MapDrawing.MARGIN, r.minX(), 1e-9);
        assertEquals(MapDrawing.MARGIN, r.minY(), 1e-9);
        assertEquals(600 - MapDrawing.MARGIN, r.maxX(), 1e-9);
        assertEquals(600 - MapDrawing.MARGIN, r.maxY(), 1e-9);
        assertEquals(4, r.points().length / 2, "four corners: " + d.path("A"));
    }

    @Test
    void theLongerSideIsTheSizeAndTheOtherKeepsTheProportion() {
        MapDrawing d = MapDrawing.fit(List.of(square("A", 0, 0, 1), square("B", 3, 0, 1)), 600);
        assertEquals(600, d.width());
        assertEquals(4 + (600 - 8) / 4 + 4, d.height(), 1);
        assertTrue(centre(d, "A")[0] < centre(d, "B")[0], "A is west of B");
        assertThrows(IllegalArgumentException.class, () -> MapDrawing.fit(List.of()));
    }

    @Test
    void everyProvinceIsClosedSubpathsInsideTheView() {
        for (GeoJson.Feature f : Boundaries.bundled().features()) {
            String path = nation.path(f.code());
            assertTrue(path != null && path.startsWith("M") && path.endsWith("z"), f.code());
            for (PathData.Ring r : PathData.rings(path)) {
                assertTrue(r.closed(), f.code() + " has an open subpath");
                assertTrue(r.minX() >= 0 && r.minY() >= 0 && r.maxX() <= nation.width()
                        && r.maxY() <= nation.height(), f.code() + " leaves the view");
            }
        }
    }

    @Test
    void provincesLieWhereTheyAreHaNoiNorthOfHoChiMinhCityLongAnToItsWest() {
        double[] haNoi = centre(nation, "01");
        double[] hcm = centre(nation, "79");
        double[] longAn = centre(nation, "80");
        double[] haiPhong = centre(nation, "31");
        assertTrue(haNoi[1] < hcm[1] - 200, "Hà Nội is far north of TP Hồ Chí Minh");
        assertTrue(longAn[0] < hcm[0], "Long An is west of TP Hồ Chí Minh");
        assertTrue(haiPhong[0] > haNoi[0], "Hải Phòng is east of Hà Nội");
        assertTrue(nation.height() >= nation.width(), "the country is taller than wide: "
                + nation);
    }

    @Test
    void theNationsPathsStaySmall() {
        // 42.319 points in the file; measured 36.127 characters of path data at 600 units
        assertTrue(nation.pathChars() < 50_000, nation.toString());
    }
}
