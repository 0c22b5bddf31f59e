package io.github.uptake.app.web.view;

import java.util.List;

/**
 * The map of a unit's units below, drawn as SVG in the view's own coordinates (the page scales it
 * to its width): one shape per unit, coloured by the band of its rate (the classes of the units
 * table) and outlined by its target status, with a tooltip of its figures and a link to its page.
 * Drawn from the units' boundaries where every one has a boundary; otherwise a schematic, a grid of
 * tiles, one per unit, which the page says is not a map.
 *
 * @param title  the section's heading, not null
 * @param label  the map's accessible label, not null
 * @param schematic  true for a grid of tiles, false for boundaries
 * @param note  what the schematic is, null for a map of boundaries
 * @param width  the view's width, in SVG units
 * @param height  the view's height, in SVG units
 * @param shapes  one per unit below, in the table's order, not null
 * @param legend  the classes of the shapes and what they mean: the bands, no rate, the statuses;
 *     not null
 * @param credits  the sources of the boundaries drawn, to be credited under the map, not null;
 *     empty for a schematic
 */
public record UnitMap(String title, String label, boolean schematic, String note, int width,
                      int height, List<Shape> shapes, List<LegendItem> legend,
                      List<Credit> credits) {
    /** Copies the lists. */
    public UnitMap {
        shapes = List.copyOf(shapes);
        legend = List.copyOf(legend);
        credits = List.copyOf(credits);
    }

    /**
     * A unit's shape: its boundary, or its tile.
     *
     * @param code  the unit's code (the shape's {@code data-code}), not null
     * @param href  the unit's page on the same day and segment, not null
     * @param css  its classes after {@code map-shape}: the band ({@code band-lt10} ...
     *     {@code band-ge60}, or {@code band-none} without a rate) and the status
     *     ({@code status-met}, {@code status-notmet} or {@code status-missing}), not null
     * @param tooltip  its name and figures, in the page's language, not null
     * @param path  its outline as SVG path data, not null
     * @param labels  the texts drawn inside it (a tile's short name and rate), not null
     */
    public record Shape(String code, String href, String css, String tooltip, String path,
                        List<Label> labels) {
        /** Copies the list. */
        public Shape {
            labels = List.copyOf(labels);
        }
    }

    /**
     * A text drawn on the map, centred on its point.
     *
     * @param x  its centre's x
     * @param y  its baseline's y
     * @param css  its class, {@code map-name} or {@code map-rate}, not null
     * @param text  the text, not null
     */
    public record Label(int x, int y, String css, String text) {
    }

    /**
     * An item of the legend.
     *
     * @param css  the class of its sample, e.g. {@code band-lt10} or {@code status-met}, not null
     * @param label  what it means, in the page's language, not null
     */
    public record LegendItem(String css, String label) {
    }

    /**
     * The credit of a source of boundaries.
     *
     * @param text  the attribution, in the page's language, not null
     * @param href  the licence's address, shown after the text, null if none
     * @param after  what follows the address (how the data was modified), not null
     */
    public record Credit(String text, String href, String after) {
    }
}
