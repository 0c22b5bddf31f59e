package io.github.uptake.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration's {@code map} section: boundary files read from the configuration's folder,
 * and a bad one refused at its key, in Vietnamese and English.
 */
class AppConfigMapTest {
    private static final String GOOD = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":"
            + "\"Feature\",\"properties\":{\"ma\":\"794\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[106.3,10.5],[106.5,10.5],[106.5,10.6],[106.3,10.5]]]}}]}";

    @TempDir
    Path dir;

    private Validated<AppConfigFile.Loaded> read(String yaml) throws Exception {
        Path f = dir.resolve("tinh.yaml");
        Files.writeString(f, yaml);
        return AppConfigFile.read(f);
    }

    private static Problem only(Validated<?> v) {
        assertFalse(v.isValid(), "refused");
        assertEquals(1, v.problems().size(), v.problems().toString());
        return v.problems().get(0);
    }

    @Test
    void aBoundaryFileIsReadFromTheConfigurationsFolderWithItsDays() throws Exception {
        Files.writeString(dir.resolve("huyen.geojson"), GOOD);
        AppConfig c = read("""
                province: { code: "80", name: Long An }
                map:
                  boundaries:
                    - file: huyen.geojson
                      codeProperty: ma
                      validFrom: 2020-01-01
                      validUntil: 2025-06-30
                      attribution: "Huyện: nguồn thử"
                """).value().config();
        AppConfig.BoundaryFile b = c.map().boundaries().get(0);
        assertEquals(dir.resolve("huyen.geojson").toString(), b.file(), "resolved");
        assertEquals("ma", b.codeProperty());
        assertEquals(LocalDate.of(2025, 6, 30), b.until());
        assertEquals("Huyện: nguồn thử", b.attribution());
        assertTrue(AppConfigFile.longAn().config().map().boundaries().isEmpty(),
                "Long An draws the shipped provinces only");
        assertEquals("ma", read("map: { boundaries: [ {file: huyen.geojson, codeProperty: ma} ]"
                + " }\n").value().config().map().boundaries().get(0).codeProperty(),
                "the flow style reads too");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Files.writeString(dir.resolve("huyen.geojson"), GOOD);
        String yaml = "province: { code: \"80\", name: Long An }\nmap:\n  boundaries:\n"
                + "    - file: huyen.geojson\n      codeProperty: ma\n";
        AppConfig c = read(yaml).value().config();
        List<Problem> refused = AppConfigMap.check("tinh.yaml", yaml, c.map(), GOOD.length() - 1);
        assertEquals(1, refused.size(), refused.toString());
        Problem p = refused.get(0);
        assertEquals("config.map.too-large", p.code());
        assertEquals("map.boundaries[0].file", p.location().field().orElseThrow());
        assertEquals(4, p.location().line().getAsInt());
        assertTrue(p.messageVi().contains("lớn quá") && p.messageVi().contains("đơn giản hóa"),
                p.messageVi());
        assertTrue(p.messageEn().contains("too large") && p.messageEn().contains("Simplify"),
                p.messageEn());
        assertEquals(List.of(), AppConfigMap.check("tinh.yaml", yaml, c.map(), GOOD.length()),
                "at the limit it is read");
        assertEquals(100_000_000L, AppConfigMap.MAX_FILE_BYTES);
    }

    @Test
    void aMissingFileIsRefusedAtItsKeyInBothLanguages() throws Exception {
        Problem p = only(read("province: { code: \"80\", name: Long An }\nmap:\n  boundaries:\n"
                + "    - file: huyen.geojson\n      codeProperty: ma\n"));
        assertEquals("config.map.missing", p.code());
        assertEquals("map.boundaries[0].file", p.location().field().orElseThrow());
        assertEquals(4, p.location().line().getAsInt());
        assertTrue(p.messageVi().startsWith("Không có tệp ranh giới"), p.messageVi());
        assertTrue(p.messageVi().contains("thư mục của tệp cấu hình"), p.messageVi());
        assertTrue(p.messageEn().startsWith("There is no boundary file"), p.messageEn());
        assertTrue(p.location().file().orElseThrow().equals("tinh.yaml"));
    }

    @Test
    void aFileThatIsNotGeoJsonOrLacksTheCodeIsRefusedAtItsKeyNamingTheFeature() throws Exception {
        Files.writeString(dir.resolve("huyen.geojson"), GOOD);
        Files.writeString(dir.resolve("ban-do.json"), "{\"type\": \"Topology\"}");
        Problem topo = only(read("map:\n  boundaries:\n    - { file: huyen.geojson, codeProperty:"
                + " ma }\n    - { file: ban-do.json }\n"));
        assertEquals("config.map.not-collection", topo.code());
        assertEquals("map.boundaries[1].file", topo.location().field().orElseThrow());
        assertEquals(4, topo.location().line().getAsInt());
        assertTrue(topo.messageVi().contains("không phải GeoJSON"), topo.messageVi());
        assertTrue(topo.messageEn().contains("is not GeoJSON"), topo.messageEn());
        Problem code = only(read("map:\n  boundaries:\n    - file: huyen.geojson\n"));
        assertEquals("config.map.no-code", code.code());
        assertEquals(3, code.location().line().getAsInt());
        assertTrue(code.messageVi().contains("features[0]") && code.messageVi().contains(
                "\"code\""), code.messageVi());
        assertTrue(code.messageEn().contains("Feature 1 (features[0]) has no unit code"),
                code.messageEn());
        Files.writeString(dir.resolve("hong.geojson"), "{\"type\": \"FeatureCollection\", [");
        assertEquals("config.map.not-json", only(read("map: { boundaries: [ { file:"
                + " hong.geojson } ] }\n")).code());
    }

    @Test
    void badKeysAndValuesOfTheSectionAreRefusedAtTheirKeys() throws Exception {
        Problem unknown = only(read("map:\n  boundaries:\n    - file: a.geojson\n"
                + "      codeProperti: ma\n"));
        assertEquals("config.unknown-key", unknown.code());
        assertEquals(4, unknown.location().line().getAsInt());
        assertTrue(unknown.messageVi().contains("Khoá \"codeProperti\""), unknown.messageVi());
        Problem day = only(read("map:\n  boundaries:\n    - file: a.geojson\n"
                + "      validFrom: 2020-02-30\n"));
        assertEquals("config.bad-value", day.code());
        assertTrue(day.messageVi().contains("ngày viết YYYY-MM-DD"), day.messageVi());
        assertTrue(day.messageEn().contains("a day is written YYYY-MM-DD"), day.messageEn());
        assertTrue(day.location().field().orElseThrow().startsWith("map.boundaries"),
                day.location().toString());
        Problem blank = only(read("map:\n  boundaries:\n    - codeProperty: ma\n"));
        assertEquals("config.bad-value", blank.code());
        assertTrue(blank.messageEn().contains("file: write the path of a GeoJSON file"),
                blank.messageEn());
        assertTrue(blank.messageVi().contains("ghi đường dẫn của một tệp GeoJSON"),
                blank.messageVi());
        Problem order = only(read("map:\n  boundaries:\n    - { file: a.geojson, validFrom:"
                + " 2025-07-01, validUntil: 2020-01-01 }\n"));
        assertTrue(order.messageEn().contains("is before the first"), order.messageEn());
        Problem top = only(read("maps:\n  boundaries: []\n"));
        assertTrue(top.messageEn().contains("map"), "the keys are listed: " + top.messageEn());
    }
}
