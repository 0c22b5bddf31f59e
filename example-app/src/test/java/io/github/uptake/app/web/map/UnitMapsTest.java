package io.github.uptake.app.web.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.app.UnitReport;
import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.web.Messages;
import io.github.uptake.app.web.view.ChildrenTable;
import io.github.uptake.app.web.view.UnitMap;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.rollup.LatestCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map of a country's provinces: shapes classed as the table's rate cells, tooltips with the
 * gap in people, credits; a schematic where the boundaries do not hold; configured boundaries.
 */
class UnitMapsTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final LocalDate AFTER_REFORM = LocalDate.of(2025, 8, 1);
    private static final String[][] PROVINCES = {{"01", "Thành phố Hà Nội"},
            {"79", "Thành phố Hồ Chí Minh"}, {"80", "Tỉnh Long An"}};

    @TempDir
    Path dir;

    /** Hà Nội at 5% (not met), TP Hồ Chí Minh at 70% (met), Long An without a figure. */
    private static UnitReport report(LocalDate day) {
        HierarchyVersion.Builder b = HierarchyVersion.builder("territorial",
                LocalDate.of(2020, 1, 1)).root(Unit.of("VN", UnitKind.of("country"), "Việt Nam"));
        List<Denominator> dens = new ArrayList<>();
        for (String[] p : PROVINCES) {
            b.add(Unit.of(p[0], UnitKind.PROVINCE, p[1]), "VN");
            dens.add(new Denominator(p[0], Segment.RESIDENTS, 1000, "census-2019",
                    LocalDate.of(2019, 4, 1)));
        }
        HierarchyVersion v = b.build();
        RollUp engine = RollUp.of(v, Segment.RESIDENTS, dens, TargetRules.of(TargetRule.of(
                Segment.RESIDENTS, Threshold.SIXTY_PERCENT)), RollUpPolicy.defaults());
        LatestCounts.Builder counts = LatestCounts.builder(v, day);
        counts.offer("01", day, 50);
        counts.offer("79", day, 700);
        return UnitReport.of(engine.snapshot(counts.build()), null, "VN");
    }

    /** The table's rows as the unit page makes them, in its order (worst rate first). */
    private static ChildrenTable table() {
        List<ChildrenTable.Row> rows = List.of(
                row("01", "Thành phố Hà Nội", "50", "5,00%", "notmet", "band-lt10"),
                row("79", "Thành phố Hồ Chí Minh", "700", "70,00%", "met", "band-ge60"),
                row("80", "Tỉnh Long An", "–", "–", "missing", null));
        return new ChildrenTable(List.of(), rows, false, List.of(
                new ChildrenTable.Band("band-lt10", "dưới 10%"),
                new ChildrenTable.Band("band-ge60", "từ 60% trở lên")));
    }

    private static ChildrenTable.Row row(String code, String name, String count, String rate,
                                         String status, String band) {
        return new ChildrenTable.Row(code, "/units/" + code + "?date=" + DAY
                + "&segment=residents", name, count, false, "1.000", rate, status, band, "–", "");
    }

    private static UnitMap.Shape shape(UnitMap m, String code) {
        return m.shapes().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void provincesAreDrawnFromTheirBoundariesClassedAsTheTablesRateCells() {
        UnitMaps maps = UnitMaps.of(new AppConfig.MapSettings(null));
        UnitMap m = maps.map(report(DAY), table(), DAY, Messages.vietnamese());
        assertFalse(m.schematic());
        assertNull(m.note());
        assertEquals(List.of("01", "79", "80"), m.shapes().stream().map(UnitMap.Shape::code)
                .toList(), "in the hierarchy's order");
        assertEquals("band-lt10 status-notmet", shape(m, "01").css());
        assertEquals("band-ge60 status-met", shape(m, "79").css());
        assertEquals("band-none status-missing", shape(m, "80").css());
        assertEquals("/units/79?date=2020-08-15&segment=residents", shape(m, "79").href());
        assertTrue(shape(m, "80").path().startsWith("M") && shape(m, "80").labels().isEmpty());
        assertEquals("Thành phố Hà Nội: 50 người, tỷ lệ 5,00%; còn thiếu 550 người để đạt mục"
                + " tiêu 60%", shape(m, "01").tooltip());
        assertEquals("Thành phố Hồ Chí Minh: 700 người, tỷ lệ 70,00%; đã đạt mục tiêu 60%",
                shape(m, "79").tooltip());
        assertEquals("Tỉnh Long An: không có số còn hiệu lực", shape(m, "80").tooltip());
        assertEquals(1, m.credits().size());
        assertEquals(UnitMaps.PROVINCES_LICENCE, m.credits().get(0).href());
        assertTrue(m.credits().get(0).text().contains("Open Development Mekong"));
        assertTrue(m.legend().stream().anyMatch(i -> i.css().equals("band-none")));
        assertTrue(m.legend().stream().anyMatch(i -> i.css().equals("status-met")));
        assertTrue(m.width() <= 600 && m.height() <= 600 && Math.max(m.width(), m.height())
                == 600, m.width() + "x" + m.height());
    }

    @Test
    void theTooltipIsInThePagesLanguageAndTheDrawingIsCachedForEveryThread() throws Exception {
        UnitMaps maps = UnitMaps.of(new AppConfig.MapSettings(null));
        UnitReport r = report(DAY);
        UnitMap en = maps.map(r, table(), DAY, Messages.english());
        assertEquals("Thành phố Hà Nội: 50 people, rate 5,00%; 550 people short of the 60%"
                + " target", shape(en, "01").tooltip(), "the rate as the table wrote it");
        assertTrue(en.credits().get(0).text().startsWith("Province boundaries: Open Development"
                + " Vietnam / Open Development Mekong, dataset \"Địa phận tỉnh\""));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<UnitMap>> all = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                all.add(pool.submit(() -> maps.map(r, table(), DAY, Messages.vietnamese())));
            }
            String path = shape(en, "79").path();
            for (Future<UnitMap> f : all) {
                assertSame(path, shape(f.get(), "79").path(), "one drawing, cached");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void afterTheReformOf2025TheProvincesAreASchematicOfTiles() {
        UnitMaps maps = UnitMaps.of(new AppConfig.MapSettings(null));
        UnitMap m = maps.map(report(AFTER_REFORM), table(), AFTER_REFORM, Messages.vietnamese());
        assertTrue(m.schematic());
        assertTrue(m.note().startsWith("Đây là sơ đồ, không phải bản đồ"), m.note());
        assertTrue(m.credits().isEmpty(), "nothing drawn from a source");
        assertEquals("band-ge60 status-met", shape(m, "79").css(), "the same classes");
        assertEquals("Hồ Chí Minh", shape(m, "79").labels().get(0).text());
        assertEquals("70,00%", shape(m, "79").labels().get(1).text());
        assertTrue(shape(m, "01").path().matches("M\\d+ \\d+h\\d+v\\d+h-\\d+z"),
                shape(m, "01").path());
        assertNull(maps.map(report(DAY), null, DAY, Messages.vietnamese()), "no units below");
    }

    @Test
    void configuredBoundariesAreDrawnOnTheirDaysWithTheirCredit() throws Exception {
        StringBuilder features = new StringBuilder();
        double lon = 104;
        for (String[] p : PROVINCES) {
            features.append(features.isEmpty() ? "" : ",").append("{\"type\":\"Feature\","
                    + "\"properties\":{\"ma\":\"").append(p[0]).append("\"},\"geometry\":"
                    + "{\"type\":\"Polygon\",\"coordinates\":[[[").append(lon).append(",10],[")
                    .append(lon + 1).append(",10],[").append(lon + 1).append(",11],[")
                    .append(lon).append(",10]]]}}");
            lon += 1;
        }
        Path file = dir.resolve("tinh-2025.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + features
                + "]}");
        UnitMaps maps = UnitMaps.of(new AppConfig.MapSettings(List.of(new AppConfig.BoundaryFile(
                file.toString(), "ma", "2025-07-01", null, "Ranh giới thử, CC BY 4.0"))));
        UnitMap m = maps.map(report(AFTER_REFORM), table(), AFTER_REFORM, Messages.english());
        assertFalse(m.schematic());
        assertEquals(List.of("Ranh giới thử, CC BY 4.0"), m.credits().stream()
                .map(UnitMap.Credit::text).toList());
        assertNull(m.credits().get(0).href());
        assertEquals(600, m.width(), "three squares side by side");
        UnitMap then = maps.map(report(DAY), table(), DAY, Messages.english());
        assertEquals(UnitMaps.PROVINCES_LICENCE, then.credits().get(0).href(),
                "before its first day, the shipped provinces");
    }
}
