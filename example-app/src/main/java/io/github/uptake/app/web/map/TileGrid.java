package io.github.uptake.app.web.map;

import io.github.uptake.app.web.view.UnitMap;
import java.util.ArrayList;
import java.util.List;

/**
 * The schematic of units that have no boundaries: a grid of equal tiles, one per unit, in the
 * order given, up to {@link #MAX_COLUMNS} a row, each with the unit's short name inside when it
 * fits (the type word dropped or abbreviated, cut with an ellipsis if need be) and its rate under
 * it. The view is {@link #WIDTH} units wide. This class is stateless and thread-safe.
 */
final class TileGrid {
    /** The view's width, in SVG units. */
    static final int WIDTH = 480;
    /** The most tiles in a row. */
    static final int MAX_COLUMNS = 6;
    static final int GAP = 4;
    static final int TILE_HEIGHT = 54;
    /** The width of a character of the labels (13 units high), in SVG units, with room. */
    private static final double CHAR = 7.6;
    /** Type words, longest first, and how a name that is only a number keeps them. */
    private static final String[][] TYPES = {{"Thành phố ", "TP. "}, {"Thị trấn ", "TT. "},
            {"Thị xã ", "TX. "}, {"Huyện ", "H. "}, {"Quận ", "Q. "}, {"Phường ", "P. "},
            {"Tỉnh ", "T. "}, {"Xã ", "X. "}};

    private TileGrid() {
    }

    /**
     * A unit to draw as a tile.
     *
     * @param name  its name, not null
     * @param rate  its rate as shown, not null
     */
    record Unit(String name, String rate) {
    }

    /**
     * The grid: its size and each tile's outline and labels.
     *
     * @param width  the view's width
     * @param height  the view's height
     * @param paths  each tile's outline, in the order of the units
     * @param labels  each tile's texts, in the order of the units
     */
    record Layout(int width, int height, List<String> paths, List<List<UnitMap.Label>> labels) {
    }

    /**
     * Lays the tiles out.
     *
     * @param units  the units, in order, not null, not empty
     * @return the layout, not null
     */
    static Layout of(List<Unit> units) {
        int n = units.size();
        int columns = columns(n);
        int rows = (n + columns - 1) / columns;
        int w = (WIDTH - (columns + 1) * GAP) / columns;
        int height = rows * (TILE_HEIGHT + GAP) + GAP;
        List<String> paths = new ArrayList<>();
        List<List<UnitMap.Label>> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int x = GAP + (i % columns) * (w + GAP);
            int y = GAP + (i / columns) * (TILE_HEIGHT + GAP);
            paths.add("M" + x + " " + y + "h" + w + "v" + TILE_HEIGHT + "h-" + w + "z");
            List<UnitMap.Label> ls = new ArrayList<>();
            String name = fit(shortName(units.get(i).name()), w - 6);
            if (name != null) {
                ls.add(new UnitMap.Label(x + w / 2, y + 22, "map-name", name));
            }
            String rate = fit(units.get(i).rate(), w - 6);
            if (rate != null) {
                ls.add(new UnitMap.Label(x + w / 2, y + 42, "map-rate", rate));
            }
            labels.add(ls);
        }
        return new Layout(WIDTH, height, paths, labels);
    }

    /** Columns for n tiles: about 1,6 times as many as rows, at most {@link #MAX_COLUMNS}. */
    static int columns(int n) {
        return Math.max(1, Math.min(MAX_COLUMNS, Math.min(n,
                (int) Math.ceil(Math.sqrt(n * 1.6)))));
    }

    /**
     * Returns a unit's name without its type word ({@code Huyện Cần Giuộc} is {@code Cần
     * Giuộc}), or with it abbreviated where the rest is a number ({@code Phường 1} is
     * {@code P. 1}).
     *
     * @param name  the name, not null
     * @return the short name, not null
     */
    static String shortName(String name) {
        String s = name.strip();
        for (String[] t : TYPES) {
            if (s.regionMatches(true, 0, t[0], 0, t[0].length()) && s.length() > t[0].length()) {
                String rest = s.substring(t[0].length()).strip();
                return rest.chars().allMatch(Character::isDigit) ? t[1] + rest : rest;
            }
        }
        return s;
    }

    /**
     * Returns a text as it fits a width: whole, cut with an ellipsis, or null if not even four
     * characters fit.
     */
    static String fit(String text, int width) {
        int chars = (int) (width / CHAR);
        if (text.length() <= chars) {
            return text;
        }
        if (chars < 4) {
            return null;
        }
        return text.substring(0, chars - 1).strip() + "…";
    }
}
