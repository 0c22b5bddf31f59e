package io.github.uptake.app.web.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.web.view.UnitMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schematic's tiles: a grid in the view, short names that fit. */
class TileGridTest {
    @Test
    void fifteenDistrictsAreThreeRowsOfFiveTilesInsideTheView() {
        List<TileGrid.Unit> units = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            units.add(new TileGrid.Unit("Huyện Cần Giuộc", "11,09%"));
        }
        TileGrid.Layout g = TileGrid.of(units);
        assertEquals(5, TileGrid.columns(15));
        assertEquals(TileGrid.WIDTH, g.width());
        assertEquals(3 * (TileGrid.TILE_HEIGHT + TileGrid.GAP) + TileGrid.GAP, g.height());
        assertEquals(15, g.paths().size());
        assertEquals("M4 4h" + (TileGrid.WIDTH - 6 * TileGrid.GAP) / 5 + "v" + TileGrid.TILE_HEIGHT + "h-"
                + (TileGrid.WIDTH - 6 * TileGrid.GAP) / 5 + "z", g.paths().get(0));
        List<UnitMap.Label> first = g.labels().get(0);
        assertEquals("Cần Giuộc", first.get(0).text());
        assertEquals("11,09%", first.get(1).text());
        for (List<UnitMap.Label> ls : g.labels()) {
            for (UnitMap.Label l : ls) {
                assertTrue(l.x() > 0 && l.x() < g.width() && l.y() > 0 && l.y() < g.height(),
                        l.toString());
            }
        }
    }

    @Test
    void rowsHaveAtMostSixTilesAndOneUnitIsOneTile() {
        assertEquals(1, TileGrid.columns(1));
        assertEquals(3, TileGrid.columns(4));
        assertEquals(TileGrid.MAX_COLUMNS, TileGrid.columns(63));
        assertEquals(1, TileGrid.of(List.of(new TileGrid.Unit("Xã A", "–"))).paths().size());
    }

    @Test
    void namesLoseTheirTypeWordOrKeepItAbbreviatedBeforeANumber() {
        assertEquals("Tân An", TileGrid.shortName("Thành phố Tân An"));
        assertEquals("Kiến Tường", TileGrid.shortName("Thị xã Kiến Tường"));
        assertEquals("Hậu Nghĩa", TileGrid.shortName("Thị trấn Hậu Nghĩa"));
        assertEquals("P. 1", TileGrid.shortName("Phường 1"));
        assertEquals("Q. 10", TileGrid.shortName("Quận 10"));
        assertEquals("Doanh nghiệp", TileGrid.shortName("Doanh nghiệp"));
    }

    @Test
    void aNameTooLongIsCutWithAnEllipsisOrLeftOut() {
        assertEquals("Cần Giuộc", TileGrid.fit("Cần Giuộc", 80));
        String cut = TileGrid.fit("Doanh nghiệp trong khu, cụm công nghiệp", 80);
        assertTrue(cut.endsWith("…") && cut.length() <= 12, cut);
        assertNull(TileGrid.fit("Cần Giuộc", 20));
    }
}
