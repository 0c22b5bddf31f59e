package io.github.uptake.app.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Choosing the boundaries of some units on a day, from layers valid between days. */
class BoundariesTest {
    private static final LocalDate DAY_2020 = LocalDate.of(2020, 8, 15);
    private static final LocalDate DAY_2025 = LocalDate.of(2025, 8, 1);

    private static GeoJson.Feature square(String code, double lon, double lat) {
        return new GeoJson.Feature(code, List.of(new double[] {lon, lat, lon + 1, lat,
                lon + 1, lat + 1, lon, lat + 1, lon, lat}));
    }

    @Test
    void theShippedProvincesHoldFor2020ButNotAfterTheReformOf2025() {
        Boundaries b = Boundaries.of(List.of(Boundaries.bundled()));
        List<String> codes = List.of("01", "79", "80");
        Boundaries.Selection s = b.select(codes, DAY_2020).orElseThrow();
        assertEquals(codes, s.shapes().stream().map(ProjectedShape::code).toList());
        assertEquals(List.of(0), s.layers());
        assertTrue(b.select(codes, DAY_2025).isEmpty(), "Tây Ninh (80) of 2025 is not Long An");
        assertTrue(b.select(codes, LocalDate.of(2008, 7, 31)).isEmpty(), "before Hà Tây went");
        assertTrue(b.select(List.of("01", "794"), DAY_2020).isEmpty(), "a district has none");
        assertTrue(b.select(List.of(), DAY_2020).isEmpty());
    }

    @Test
    void aLaterLayerWinsForItsCodesOnItsDays() {
        Boundaries b = Boundaries.of(List.of(Boundaries.bundled(),
                new Boundaries.Layer("tay-ninh.geojson", List.of(square("80", 105, 10),
                        square("794", 106, 10)), DAY_2025.minusMonths(1), null)));
        Boundaries.Selection then = b.select(List.of("79", "80"), DAY_2020).orElseThrow();
        assertEquals(List.of(0), then.layers(), "2020: the shipped provinces");
        Boundaries.Selection now = b.select(List.of("80", "794"), DAY_2025).orElseThrow();
        assertEquals(List.of(1), now.layers());
        assertEquals(5, now.shapes().get(0).points(), "the new square, not Long An");
        assertNotEquals(then.key(), now.key());
        assertEquals(then.key(), b.select(List.of("79", "80"), DAY_2020.minusDays(1))
                .orElseThrow().key(), "the same units from the same layers draw the same map");
        assertTrue(b.select(List.of("01", "80"), DAY_2025).isEmpty(), "no Hà Nội in 2025");
    }

    @Test
    void aLayerThatEndsBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Boundaries.Layer("x", List.of(),
                DAY_2025, DAY_2020));
    }
}
