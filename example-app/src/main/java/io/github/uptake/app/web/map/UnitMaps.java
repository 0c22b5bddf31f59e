package io.github.uptake.app.web.map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.uptake.app.UnitReport;
import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.map.Boundaries;
import io.github.uptake.app.map.GeoJson;
import io.github.uptake.app.map.MapDrawing;
import io.github.uptake.app.web.Messages;
import io.github.uptake.app.web.view.ChildrenTable;
import io.github.uptake.app.web.view.UnitMap;
import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.TargetRule;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The maps of the unit pages: the units below a unit, each a shape coloured as its rate cell in
 * the units table, drawn from their boundaries ({@link Boundaries}: the shipped provinces, then
 * the province's configured files) when every one has a boundary that holds on the page's day, or
 * as a schematic grid of tiles ({@link TileGrid}) otherwise. The boundaries are read and projected
 * once, when made; each parent's fitted and simplified paths are cached (at most
 * {@link #CACHED} parents), so a page only fills in the figures. This class is thread-safe.
 */
public final class UnitMaps {
    /** The licence of the shipped provinces' boundaries. */
    public static final String PROVINCES_LICENCE = "https://creativecommons.org/licenses/by-sa/4.0/";
    /** How many parents' drawings are kept. */
    static final int CACHED = 512;

    private final Boundaries boundaries;
    private final List<AppConfig.BoundaryFile> configured;
    private final Cache<String, MapDrawing> drawings = Caffeine.newBuilder()
            .maximumSize(CACHED).build();

    private UnitMaps(Boundaries boundaries, List<AppConfig.BoundaryFile> configured) {
        this.boundaries = boundaries;
        this.configured = List.copyOf(configured);
    }

    /**
     * Reads and projects the shipped provinces and the configured boundary files.
     *
     * @param settings  the configuration's {@code map} section, its files already checked
     *     ({@code AppConfigFile}), not null
     * @return the maps, not null
     * @throws IllegalStateException if a configured file is no longer good GeoJSON
     * @throws UncheckedIOException if a configured file cannot be read
     */
    public static UnitMaps of(AppConfig.MapSettings settings) {
        List<Boundaries.Layer> layers = new ArrayList<>();
        layers.add(Boundaries.bundled());
        for (AppConfig.BoundaryFile b : settings.boundaries()) {
            Path file = Path.of(b.file());
            try (InputStream in = Files.newInputStream(file)) {
                Validated<List<GeoJson.Feature>> v = GeoJson.read(file.getFileName().toString(),
                        in, b.codeProperty());
                if (!v.isValid()) {
                    throw new IllegalStateException("the boundary file " + file
                            + " is not good GeoJSON any more: " + v.problems());
                }
                layers.add(new Boundaries.Layer(file.toString(), v.value(), b.from(),
                        b.until()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the boundary file " + file, e);
            }
        }
        return new UnitMaps(Boundaries.of(layers), settings.boundaries());
    }

    /**
     * Draws the map of a unit's units below as the page shows it.
     *
     * @param report  the unit's report, not null
     * @param table  the table of its units below, whose rows give the links, classes and texts;
     *     null for a unit without any
     * @param day  the page's day, which chooses the boundaries, not null
     * @param msg  the texts of the page's language, not null
     * @return the map, null for a unit without units below
     */
    public UnitMap map(UnitReport report, ChildrenTable table, LocalDate day, Messages msg) {
        if (table == null || table.rows().isEmpty()) {
            return null;
        }
        Map<String, ChildrenTable.Row> rows = new HashMap<>();
        table.rows().forEach(r -> rows.put(r.code(), r));
        // the hierarchy's order, so the tiles stay in place whatever the table's order
        List<UnitReport.Line> lines = report.lines().stream().filter(l -> l.depth() == 1
                && rows.containsKey(l.code())).toList();
        List<String> codes = lines.stream().map(UnitReport.Line::code).toList();
        Optional<Boundaries.Selection> selection = boundaries.select(codes, day);
        List<UnitMap.Shape> shapes = new ArrayList<>();
        String name = report.top().node().unit().name();
        if (selection.isPresent()) {
            Boundaries.Selection s = selection.get();
            MapDrawing d = drawings.get(report.unitCode() + "|" + s.key(),
                    k -> MapDrawing.fit(s.shapes()));
            for (UnitReport.Line l : lines) {
                shapes.add(shape(rows.get(l.code()), l, d.path(l.code()), List.of(), msg));
            }
            return new UnitMap(msg.get("map.title"), msg.get("map.label", name), false, null,
                    d.width(), d.height(), shapes, legend(table, msg), credits(s.layers(), msg));
        }
        TileGrid.Layout g = TileGrid.of(lines.stream().map(l -> new TileGrid.Unit(
                rows.get(l.code()).name(), rows.get(l.code()).rate())).toList());
        for (int i = 0; i < lines.size(); i++) {
            UnitReport.Line l = lines.get(i);
            shapes.add(shape(rows.get(l.code()), l, g.paths().get(i), g.labels().get(i), msg));
        }
        return new UnitMap(msg.get("map.schematic.title"), msg.get("map.schematic.label", name),
                true, msg.get("map.schematic.note"), g.width(), g.height(), shapes,
                legend(table, msg), List.of());
    }

    private static UnitMap.Shape shape(ChildrenTable.Row r, UnitReport.Line l, String path,
                                       List<UnitMap.Label> labels, Messages msg) {
        String css = (r.band() == null ? "band-none" : r.band()) + " status-" + r.status();
        return new UnitMap.Shape(r.code(), r.href(), css, tooltip(r, l, msg),
                Objects.requireNonNull(path, r.code()), labels);
    }

    /**
     * Returns a unit's tooltip: its name, count and rate, and how far it is from its target in
     * people, or that it has no current figure.
     *
     * @param r  the unit's row of the table, not null
     * @param l  its line of the report, not null
     * @param msg  the texts, not null
     * @return the text, not null
     */
    static String tooltip(ChildrenTable.Row r, UnitReport.Line l, Messages msg) {
        if (!l.hasFigure()) {
            return msg.get("map.tip.none", r.name());
        }
        UptakeFormat f = msg.format();
        String tip = msg.get("map.tip", r.name(), r.count(), r.rate());
        Optional<TargetRule> rule = l.node().rule();
        OptionalLong gap = l.gap();
        if (rule.isPresent() && gap.isPresent()) {
            String level = f.threshold(rule.get().threshold());
            tip += "; " + (gap.getAsLong() == 0 ? msg.get("map.tip.met", level)
                    : msg.get("map.tip.gap", f.count(gap.getAsLong()), level));
        }
        return tip;
    }

    private static List<UnitMap.LegendItem> legend(ChildrenTable table, Messages msg) {
        List<UnitMap.LegendItem> out = new ArrayList<>();
        table.legend().forEach(b -> out.add(new UnitMap.LegendItem(b.css(), b.label())));
        out.add(new UnitMap.LegendItem("band-none", msg.get("map.legend.none")));
        for (String s : List.of("met", "notmet", "missing")) {
            out.add(new UnitMap.LegendItem("status-" + s, msg.get("map.status." + s)));
        }
        return out;
    }

    private List<UnitMap.Credit> credits(List<Integer> layers, Messages msg) {
        List<UnitMap.Credit> out = new ArrayList<>();
        for (int i : layers) {
            if (i == 0) {
                out.add(new UnitMap.Credit(msg.get("map.credits.provinces"), PROVINCES_LICENCE,
                        msg.get("map.credits.provinces.modified")));
            } else {
                AppConfig.BoundaryFile b = configured.get(i - 1);
                out.add(new UnitMap.Credit(b.attribution() != null ? b.attribution()
                        : msg.get("map.credits.file", Path.of(b.file()).getFileName()), null,
                        ""));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "UnitMaps[" + boundaries + ", " + drawings.estimatedSize() + " drawings cached]";
    }
}
