package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.Segment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uptake import dhis2}: a data value set with conflicts is refused whole, each conflict at
 * its line in both languages, nothing stored; a dry run stores nothing and says the counts; a good
 * file is stored with its summary as DHIS2's JSON; a file missing, a folder or not UTF-8, an
 * unknown layout and a refused mapping file end with their exit codes.
 */
class ImportDhis2CommandTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    /** Three figures of Đức Huệ's communes on 19/8, one a line, in dataValueSets JSON. */
    private static final String GOOD_JSON = """
            {"dataSet": "UPTAKE_DAILY", "dataValues": [
            {"dataElement": "UPTAKE_RESIDENTS", "period": "20200819", "orgUnit": "27898", "value": "6830"},
            {"dataElement": "UPTAKE_RESIDENTS", "period": "20200819", "orgUnit": "27904", "value": "4100", "comment": "zalo"},
            {"dataElement": "UPTAKE_RESIDENTS", "period": "20200819", "orgUnit": "27901", "value": "2500.0"}
            ]}
            """;
    /** The same with an unknown org unit (line 3), a month (line 4) and 1.234 (line 5). */
    private static final String CONFLICTS_JSON = """
            {"dataSet": "UPTAKE_DAILY", "dataValues": [
            {"dataElement": "UPTAKE_RESIDENTS", "period": "20200819", "orgUnit": "27898", "value": "6830"},
            {"dataElement": "UPTAKE_RESIDENTS", "period": "20200819", "orgUnit": "99999", "value": "10"},
            {"dataElement": "UPTAKE_RESIDENTS", "period": "202008", "orgUnit": "27904", "value": "10"},
            {"dataElement": "UPTAKE_RESIDENTS", "period": "20200819", "orgUnit": "27901", "value": "1.234"}
            ]}
            """;
    private static final String CONFLICTS_CSV = """
            dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup
            UPTAKE_RESIDENTS,20200819,27898,,,6830,,,,false
            UPTAKE_RESIDENTS,20200819,99999,,,10,,,,false
            UPTAKE_RESIDENTS,202008,27904,,,10,,,,false
            UPTAKE_RESIDENTS,20200819,27901,,,1.234,,,,false
            """;
    /** The same in ADX: the values at lines 7, 10 and 13, a month written as ADX writes it. */
    private static final String CONFLICTS_ADX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <adx xmlns="urn:ihe:qrph:adx:2015">
              <group orgUnit="27898" period="2020-08-19/P1D" dataSet="UPTAKE_DAILY">
                <dataValue dataElement="UPTAKE_RESIDENTS" value="6830"/>
              </group>
              <group orgUnit="99999" period="2020-08-19/P1D">
                <dataValue dataElement="UPTAKE_RESIDENTS" value="10"/>
              </group>
              <group orgUnit="27904" period="2020-08-01/P1M">
                <dataValue dataElement="UPTAKE_RESIDENTS" value="10"/>
              </group>
              <group orgUnit="27901" period="2020-08-19/P1D">
                <dataValue dataElement="UPTAKE_RESIDENTS" value="1.234"/>
              </group>
            </adx>
            """;
    @TempDir
    static Path shared;
    private static Path demo;
    private static int next;
    @TempDir
    Path dir;
    private Path db;
    private final AppRun app = new AppRun();

    @BeforeAll
    static void demoDatabase() {
        demo = Databases.make(shared, "demo", "demo");
    }

    @BeforeEach
    void freshDatabase() throws Exception {
        db = Databases.copy(demo, dir, "db-" + ++next);
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("import", "dhis2"));
        all.addAll(List.of(args));
        all.add("--db");
        all.add(db.toString());
        return app.run(all.toArray(String[]::new));
    }

    @Test
    void aFileIsStoredAsOneSubmissionWithItsSummary() throws Exception {
        Path summary = dir.resolve("summary.json");
        assertEquals(0, run(file("duc-hue.json", GOOD_JSON).toString(), "--as", "Sở TTTT",
                "--summary-json", summary.toString()), app.err());
        assertEquals("duc-hue.json: SUCCESS, mới 3, cập nhật 0, bỏ qua 0.\n", app.out());
        Map<String, Long> figures = Databases.figures(db, DAY);
        assertEquals(6830L, figures.get("27898"));
        assertEquals(4100L, figures.get("27904"));
        assertEquals(2500L, figures.get("27901"), "2500.0 is 2500");
        assertEquals("27898 residents 2020-08-19=6830 Sở TTTT", Dhis2Databases.figures(db, DAY,
                DAY, false).entrySet().stream().filter(e -> e.getKey().startsWith("27898"))
                .map(e -> e.getKey() + "=" + e.getValue()).findFirst().orElseThrow(),
                "without storedBy, the importer is the reporter");
        JsonNode json = new ObjectMapper().readTree(summary.toFile());
        assertEquals("ImportSummary", json.get("responseType").asText());
        assertEquals("SUCCESS", json.get("status").asText());
        assertEquals(3, json.get("importCount").get("imported").asInt());
        assertEquals(0, json.get("conflicts").size());
    }

    @Test
    void aDryRunStoresNothingAndSaysTheCounts() throws Exception {
        String before = Databases.stored(db);
        assertEquals(0, run(file("duc-hue.json", GOOD_JSON).toString(), "--dry-run", "--lang",
                "en"), app.err());
        assertEquals("duc-hue.json: SUCCESS, dry run, nothing stored; an import would give:"
                + " imported 3, updated 0, ignored 0.\n", app.out());
        assertEquals(before, Databases.stored(db), "nothing stored");
    }

    @Test
    void conflictsRefuseTheWholeFileEachAtItsLineInBothLanguages() throws Exception {
        String before = Databases.stored(db);
        Path summary = dir.resolve("summary.json");
        Object[][] files = {
            {file("loi.json", CONFLICTS_JSON), new int[] {3, 4, 5}, "202008"},
            {file("loi.csv", CONFLICTS_CSV), new int[] {3, 4, 5}, "202008"},
            {file("loi.xml", CONFLICTS_ADX), new int[] {7, 10, 13}, "2020-08-01/P1M"},
        };
        for (Object[] c : files) {
            Path f = (Path) c[0];
            int[] line = (int[]) c[1];
            String name = f.getFileName().toString();
            assertEquals(2, run(f.toString(), "--summary-json", summary.toString()), app.out());
            String err = app.err();
            assertTrue(err.contains(name + ": line " + line[0] + ": dataValues[1].orgUnit: Dòng "
                    + line[0] + ": Đơn vị '99999' không có trong danh mục đơn vị ngày"
                    + " 2020-08-19"), err);
            assertTrue(err.contains("\n    Line " + line[0] + ": The org unit '99999' is not a"
                    + " unit on 2020-08-19"), err);
            assertTrue(err.contains(name + ": line " + line[1] + ": dataValues[2].period: Dòng "
                    + line[1] + ": Kỳ '" + c[2] + "' không phải một ngày dạng yyyyMMdd"), err);
            assertTrue(err.contains("\n    Line " + line[1] + ": The period '" + c[2] + "' is not"
                    + " a day"), err);
            assertTrue(err.contains(name + ": line " + line[2] + ": dataValues[3].value: Dòng "
                    + line[2] + ": Giá trị '1.234' không phải số người nguyên"), err);
            assertTrue(err.contains("\n    Line " + line[2] + ": The value '1.234' is not a whole"
                    + " number"), err);
            assertTrue(err.contains(name + ": ERROR, bị từ chối vì 3 xung đột, không lưu gì (mới"
                    + " 0, cập nhật 0, bỏ qua 4)."), err);
            assertEquals("", app.out());
            assertEquals(before, Databases.stored(db), "nothing stored");
            JsonNode json = new ObjectMapper().readTree(summary.toFile());
            assertEquals("ERROR", json.get("status").asText());
            assertEquals(3, json.get("conflicts").size());
            assertEquals(line[2], json.get("conflicts").get(2).get("line").asInt());
        }
        assertEquals(2, run(file("loi.json", CONFLICTS_JSON).toString(), "--dry-run"),
                "a dry run refuses the same conflicts");
        assertEquals(before, Databases.stored(db));
    }

    @Test
    void aValueWithoutSendingTimeThatRepeatsAStoredFigureIsIgnored() throws Exception {
        // Mỹ Bình's figure of 18/8 sent back as an ADX file would carry it: no storedBy, no
        // lastUpdated
        ReportKey key = new ReportKey("27901", Segment.RESIDENTS, DAY.minusDays(1));
        Report stored = Dhis2Databases.current(db, key);
        String revisions = Databases.stored(db).replaceAll("uptake_submission=\\d+ ", "");
        String csv = "dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,"
                + "lastupdated,comment,followup\nUPTAKE_RESIDENTS,20200818,27901,,,"
                + stored.count() + ",,," + stored.sourceRef().orElse("") + ",false\n";
        assertEquals(0, run(file("lai.csv", csv).toString(), "--lang", "en"), app.err());
        assertTrue(app.out().contains("imported 0, updated 0, ignored 1)"), app.out());
        assertEquals(revisions, Databases.stored(db).replaceAll("uptake_submission=\\d+ ", ""),
                "no revision stored");
        assertEquals(stored, Dhis2Databases.current(db, key),
                "the figure keeps its reporter and sending time");

        String changed = csv.replace("," + stored.count() + ",", "," + (stored.count() + 1)
                + ",");
        assertEquals(0, run(file("moi.csv", changed).toString(), "--as", "dhis2-sync", "--lang",
                "en"), app.err());
        assertTrue(app.out().contains("SUCCESS, imported 0, updated 1, ignored 0."), app.out());
        Report now = Dhis2Databases.current(db, key);
        assertEquals(stored.count() + 1, now.count());
        assertEquals("dhis2-sync", now.reporter(), "a new figure is the importer's");
    }

    @Test
    void badFilesAreRefusedWithExit2InBothLanguages() throws Exception {
        String before = Databases.stored(db);
        assertEquals(2, run(dir.resolve("khong-co.json").toString()));
        assertTrue(app.err().startsWith("Không đọc được tệp " + dir.resolve("khong-co.json")
                + " (không có tệp này"), app.err());
        assertTrue(app.err().contains("\n    Cannot read the file "), app.err());

        Path folder = Files.createDirectory(dir.resolve("thu-muc.json"));
        assertEquals(2, run(folder.toString(), "--lang", "en"));
        assertTrue(app.err().startsWith("The file " + folder + " is a folder, not a file"),
                app.err());
        assertTrue(app.err().contains("\n    Tệp " + folder + " là một thư mục"), app.err());

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, CONFLICTS_CSV.replace(",false", ",Hòa Khánh,false")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(2, run(latin1.toString()));
        assertTrue(app.err().contains("không phải văn bản UTF-8"), app.err());
        assertTrue(app.err().contains("is not UTF-8 text: save it as UTF-8"), app.err());

        Path broken = file("hong.json", "{\"dataValues\": [\n{\"dataElement\": \n");
        assertEquals(2, run(broken.toString(), "--lang", "en"));
        assertTrue(app.err().contains("hong.json: line "), "located: " + app.err());
        assertTrue(app.err().contains("hong.json: cannot be read as JSON; refused, nothing"
                + " stored."), app.err());

        Path mapping = file("anh-xa.yaml", "segments: []\n");
        assertEquals(2, run(file("duc-hue.json", GOOD_JSON).toString(), "--mapping",
                mapping.toString()));
        assertTrue(app.err().contains("anh-xa.yaml: segments: Tệp ánh xạ cần mục 'segments'"),
                app.err());
        assertTrue(app.err().contains("anh-xa.yaml: tệp ánh xạ bị từ chối, không làm gì."),
                app.err());
        assertEquals(before, Databases.stored(db), "nothing stored");
        assertEquals("", app.out());
    }

    @Test
    void theLayoutComesFromFormatOrTheExtensionElseAUsageError() throws Exception {
        Path txt = file("bao-cao.txt", GOOD_JSON);
        assertEquals(64, run(txt.toString()));
        assertTrue(app.err().startsWith("uptake import dhis2: cannot tell the layout of " + txt
                + " from its extension: give --format json, csv or adx"), app.err());
        assertEquals(64, run(txt.toString(), "--format", "xls"));
        assertTrue(app.err().startsWith("uptake import dhis2: --format must be json, csv or adx,"
                + " was xls"), app.err());
        assertEquals(0, run(txt.toString(), "--format", "json", "--dry-run"), app.err());
        assertTrue(app.out().contains("nếu nhập: mới 3"), app.out());
    }

    @Test
    void aMappingNamingASegmentTheDatabaseDoesNotKnowIsRefused() throws Exception {
        Path mapping = file("sai.yaml", "segments:\n  residnets:\n"
                + "    dataElement: UPTAKE_RESIDENTS\n");
        String before = Databases.stored(db);
        assertEquals(2, run(file("bao-cao.json", GOOD_JSON).toString(), "--mapping",
                mapping.toString()));
        assertTrue(app.err().contains("sai.yaml: segments.residnets: nhóm đối tượng 'residnets'"
                + " không có trong cơ sở dữ liệu"), app.err());
        assertTrue(app.err().contains("the segment 'residnets' is not one of the database"),
                app.err());
        assertEquals(before, Databases.stored(db), "nothing stored");
        AppRun export = new AppRun();
        assertEquals(2, export.run("export", "dhis2", "--format", "json", "--unit", "80",
                "--from", "2020-08-15", "--to", "2020-08-15", "--mapping", mapping.toString(),
                "--db", db.toString()));
        assertTrue(export.err().contains("'residnets'"), export.err());
    }

    @Test
    void aValueAboveThePopulationIsTakenWithAWarningAtItsLine() throws Exception {
        // Thị trấn Đông Thành (27898) had 5.851 people in 2019; 6830 is above it
        assertEquals(0, run(file("bao-cao.json", GOOD_JSON).toString()), app.err());
        assertTrue(app.err().contains("bao-cao.json: dòng 2: cảnh báo: 27898 ngày 20200819 có"
                + " 6.830 người, nhiều hơn dân số 5.851"), app.err());
        assertTrue(app.err().contains("    bao-cao.json: line 2: warning: 27898 on 20200819 has"
                + " 6,830 people, more than its population 5,851"), app.err());
        assertFalse(app.err().contains("27904 ngày"), "4100 is within 27904's population");
        assertEquals(6830L, Databases.figures(db, DAY).get("27898"));
    }

    @Test
    void theHelpListsTheDhis2Commands() {
        assertEquals(0, app.run("import", "--help"));
        assertTrue(app.out().lines().anyMatch(l -> l.matches("  dhis2 +Import a DHIS2 data value"
                + " set .*")), app.out());
        assertTrue(app.out().lines().anyMatch(l -> l.startsWith("  messages  ")), app.out());
        assertEquals(0, app.run("--help"));
        for (String command : new String[] {"import dhis2", "export dhis2"}) {
            assertTrue(app.out().lines().anyMatch(l -> l.startsWith("  " + command + "  ")),
                    command + " in\n" + app.out());
        }
        assertFalse(app.out().lines().anyMatch(l -> l.startsWith("  export  ")),
                "export runs only with a system");
        assertEquals(0, app.run("import", "dhis2", "--help"));
        for (String option : new String[] {"FILE", "--format json|csv|adx", "--mapping FILE",
            "--dry-run", "--as USER", "--summary-json FILE", "--lang vi|en", "--db PATH"}) {
            assertTrue(app.out().contains(option), option + " in\n" + app.out());
        }
        assertEquals(0, app.run("export", "dhis2", "--help"));
        for (String option : new String[] {"--format json|csv|adx", "--from YYYY-MM-DD",
            "--to YYYY-MM-DD", "--unit CODE", "--levels LEVEL[,LEVEL...]", "--mapping FILE",
            "--output FILE", "--parent-figures", "--carry-forward N", "--lang vi|en",
            "--db PATH"}) {
            assertTrue(app.out().contains(option), option + " in\n" + app.out());
        }
    }
}
