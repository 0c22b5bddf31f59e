package io.github.uptake.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The equirectangular projection around the middle latitude. */
class ProjectionTest {
    @Test
    void aDegreeEastIsShorterByTheCosineOfTheMiddleLatitudeAndNorthIsUp() {
        Projection p = Projection.around(0, 60);
        assertEquals(30, p.referenceLatitude());
        double[] xy = p.project(new double[] {10, 0, 11, 1});
        assertEquals(Math.cos(Math.toRadians(30)), xy[2] - xy[0], 1e-12);
        assertEquals(-1, xy[3] - xy[1], 1e-12, "north is up: y grows southwards");
    }

    @Test
    void latitudesOutOfOrderOrRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Projection.around(20, 10));
        assertThrows(IllegalArgumentException.class, () -> Projection.around(-91, 10));
    }
}
