package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uptake load}: the field cases of the bulk load ({@code src/test/resources/cases}, see its
 * README), the documented layouts, all or nothing per file, messages in Vietnamese and English,
 * usage errors, and {@code load vn-admin}'s English names. The national database is made once
 * ({@code load vn-admin}) and copied for each case, as is the demo's.
 */
class LoadCommandTest {
    private static final Path CASES = Path.of("src", "test", "resources", "cases");
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    @TempDir
    static Path dir;
    private static Path national;
    private static Path demo;
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final AppRun app = new AppRun();

    @BeforeAll
    static void databases() {
        national = Databases.make(dir, "national", "load", "vn-admin");
        demo = Databases.make(dir, "demo", "demo");
    }

    private static Path copy(Path template) throws Exception {
        return Databases.copy(template, dir, "db-" + NEXT.incrementAndGet());
    }

    private static JdbcStorage storage(Path db) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + db.toAbsolutePath());
        ds.setUser("sa");
        ds.setPassword("");
        return JdbcStorage.open(ds, JdbcOptions.defaults());
    }

    @Test
    void case09CodesThatLostTheirZerosAreRefusedWithTheCandidatesAnd99999AtItsLine()
            throws Exception {
        Path db = copy(national);
        Map<String, Long> before = LoadCommandCorpusTest.tables(db);
        String file = CASES.resolve("09-csv-codes-lost-zeros")
                .resolve("ba-dinh_reports_resaved-by-excel.csv").toString();
        assertEquals(2, app.run("load", "reports", file, "--db", db.toString(), "--lang", "en"),
                app.out());
        String err = app.err();
        String name = "ba-dinh_reports_resaved-by-excel.csv";
        assertTrue(err.contains(name + ": rejected, nothing stored"), err);
        assertTrue(err.contains(name + ": line 6: unit_code: Unit code 99999 is not in the units"
                + " of 2020-08-19."), err);
        assertTrue(err.contains(name + ": line 2: unit_code: Code 1 may have lost its leading"
                + " zeros (a spreadsheet saved it as a number), so it could be: 01 (Thành phố Hà"
                + " Nội), 001 (Quận Ba Đình), 00001 (Phường Phúc Xá)."), err);
        assertTrue(err.contains(name + ": line 4: unit_code: Code 10 may have lost its leading"
                + " zeros (a spreadsheet saved it as a number), so it could be: 10 (Tỉnh Lào Cai),"
                + " 00010 (Phường Nguyễn Trung Trực)."), err);
        assertTrue(err.contains(name + ": line 3: unit_code: ") && err.contains(
                name + ": line 5: unit_code: "), err);
        assertEquals(before, LoadCommandCorpusTest.tables(db), "nothing stored");
        assertEquals(Map.of(), Databases.figures(db, DAY));

        // under Quận Ba Đình, 4, 10 and 22 fit one ward each; 1 fits the district and a ward
        assertEquals(2, app.run("load", "reports", file, "--db", db.toString(), "--unit", "001",
                "--lang", "en"));
        err = app.err();
        assertTrue(err.contains("line 4: unit_code: warning: Code 10 lost its leading zeros (a"
                + " spreadsheet saved it as a number); read as 00010 (Phường Nguyễn Trung Trực)."),
                err);
        assertTrue(err.contains("line 2: unit_code: Code 1 may have lost its leading zeros (a"
                + " spreadsheet saved it as a number), so it could be: 001 (Quận Ba Đình), 00001"
                + " (Phường Phúc Xá)."), err);
        assertTrue(err.contains("line 6: unit_code: Unit code 99999 is not in the units"), err);
        assertEquals(before, LoadCommandCorpusTest.tables(db), "still nothing stored");

        // the same rows without the two faulty ones are stored under the wards, never province 10
        Path fixed = dir.resolve("ba-dinh-fixed.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(file)));
        lines.remove(5);
        lines.remove(1);
        Files.write(fixed, lines);
        assertEquals(0, app.run("load", "reports", fixed.toString(), "--db", db.toString(),
                "--unit", "001", "--lang", "en"), app.err());
        assertEquals(Map.of("00004", 980L, "00010", 760L, "00022", 1650L),
                Databases.figures(db, DAY));
        assertTrue(app.out().contains("ba-dinh-fixed.csv: accepted 3, unchanged 0 (3 rows)"),
                app.out());
        assertTrue(app.out().contains("warning: Code 22 lost its leading zeros"), app.out());
    }

    @Test
    void case10AFileWithoutAHeaderIsRefusedAtLine1AndNothingIsStored() throws Exception {
        Path db = copy(demo);
        Map<String, Long> before = LoadCommandCorpusTest.tables(db);
        String file = CASES.resolve("10-csv-without-header").resolve(
                "duc-hue_reports_no-header.csv").toString();
        assertEquals(2, app.run("load", "reports", file, "--db", db.toString()));
        assertTrue(app.err().startsWith("duc-hue_reports_no-header.csv: bị từ chối, không lưu gì"),
                app.err());
        assertTrue(app.err().contains("duc-hue_reports_no-header.csv: line 1: Dòng đầu không"
                + " phải tiêu đề (\"27898,residents,"), app.err());
        assertTrue(app.err().contains("cần dòng tiêu đề unit_code,segment,as_of,count,"
                + "reported_at,reporter,source_ref ở dòng 1"), app.err());
        assertEquals(2, app.run("load", "reports", file, "--db", db.toString(), "--lang", "en"));
        assertTrue(app.err().contains("duc-hue_reports_no-header.csv: line 1: The first line is"
                + " not a header"), app.err());
        assertTrue(app.err().contains("expected the header unit_code,segment,as_of,count,"
                + "reported_at,reporter,source_ref on line 1"), app.err());
        assertEquals(before, LoadCommandCorpusTest.tables(db), "never two of three rows stored");
    }

    @Test
    void theDocumentedLayoutsLoadAndBadLinesAreRefusedAtTheirColumns() throws Exception {
        String db = dir.resolve("layouts-" + NEXT.incrementAndGet()).toString();
        Path units = dir.resolve("units.csv");
        Files.writeString(units, "hierarchy,valid_from,code,kind,name,parent_code,name_en\n"
                + "territorial,2020-06-01,01,province,Thành phố Hà Nội,,Ha Noi\n"
                + "territorial,2020-06-01,001,district,\"Quận Ba Đình\",01,\n"
                + "territorial,2020-06-01,00001,commune,\"Phường Phúc Xá, Ba Đình\",001,\n");
        assertEquals(0, app.run("load", "--db", db, "units", units.toString()), app.err());
        assertTrue(app.out().contains("units.csv: đã lưu territorial@2020-06-01 (3 units)"),
                app.out());
        Path dens = dir.resolve("dens.csv");
        Files.writeString(dens, "unit_code;segment;count;source;vintage\n"
                + "00001;residents;9000;census-2019;2019-04-01\n");
        assertEquals(0, app.run("load", "--db", db, "denominators", dens.toString(), "--lang",
                "en"), app.err());
        assertTrue(app.out().contains("dens.csv: stored 1 denominators"), app.out());
        Path reports = dir.resolve("reports.csv");
        Files.writeString(reports, "unit_code,segment,as_of,count,reported_at,reporter,source_ref\n"
                + "00001,residents,2020-08-15,1234,2020-08-15T08:00:00Z,clerk,\n");
        assertEquals(0, app.run("load", "--db", db, "reports", reports.toString()), app.err());
        assertTrue(app.out().contains("reports.csv: đã lưu 1 báo cáo, 0 không đổi (1 dòng)"),
                app.out());
        assertEquals(0, app.run("load", "--db", db, "reports", reports.toString(), "--lang",
                "en"));
        assertTrue(app.out().contains("reports.csv: already loaded as csv-"), app.out());
        HierarchyVersion v = storage(Path.of(db)).referenceStore().hierarchy(
                Hierarchy.TERRITORIAL).orElseThrow().versions().get(0);
        assertEquals(Optional.of("Ha Noi"), v.unit("01").orElseThrow().nameEn());
        assertEquals("Phường Phúc Xá, Ba Đình", v.unit("00001").orElseThrow().name());
        assertEquals(9000, storage(Path.of(db)).referenceStore().denominators(Segment.RESIDENTS)
                .get(0).count());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "unit_code,segment,as_of,count,reported_at,reporter,source_ref\n"
                + "00001,residents,2020-08-16,12,2020-08-16T08:00:00Z,clerk,\n"
                + "00001,residents,16/08/2020,-3,2020-08-16,clerk,\n");
        assertEquals(2, app.run("load", "--db", db, "reports", bad.toString(), "--lang", "en"));
        assertTrue(app.err().contains("bad.csv: line 3: as_of: Invalid date \"16/08/2020\""),
                app.err());
        assertTrue(app.err().contains("bad.csv: line 3: count: The count cannot be negative: -3."),
                app.err());
        assertTrue(app.err().contains("bad.csv: line 3: reported_at: Invalid time \"2020-08-16\""),
                app.err());
        assertFalse(app.err().contains("asOf") || app.err().contains("reportedAt"), app.err());
        assertFalse(app.err().contains("missing"), "an unreadable time is invalid, not missing");
        Path badUnits = dir.resolve("bad-units.csv");
        Files.writeString(badUnits, "hierarchy,valid_from,code,kind,name,parent_code\n"
                + "sectoral,2020-06-01,A,group,Gốc,\n"
                + "sectoral,2020-06-01,B,group,Con,Z\n");
        assertEquals(2, app.run("load", "--db", db, "units", badUnits.toString(), "--lang",
                "en"));
        assertTrue(app.err().contains("bad-units.csv: line 3: parent_code: Parent Z of B is not"
                + " in the hierarchy."), app.err());
    }

    @Test
    void aFileOfDenominatorsIsStoredWholeOrNotAtAll() throws Exception {
        Path db = copy(demo);
        Path dens = dir.resolve("dens-" + NEXT.incrementAndGet() + ".csv");
        Files.writeString(dens, "unit_code,segment,count,source,vintage\n"
                + "27898,residents,6000,census-2019,2019-04-01\n"
                + "27901,residents,6100,census-2019,2019-04-01\n"
                + "27904,residents,6200,census-2019,2019-04-01\n"
                + "27907,residents,6300," + "x".repeat(201) + ",2019-04-01\n");
        Map<String, Long> before = LoadCommandCorpusTest.tables(db);
        assertEquals(2, app.run("load", "denominators", dens.toString(), "--db", db.toString(),
                "--lang", "en"));
        assertTrue(app.err().contains(dens.getFileName() + ": line 5: source: The source is"
                + " longer than 200 characters."), app.err());
        assertEquals(before, LoadCommandCorpusTest.tables(db), "not the first three either");
        long census = storage(db).referenceStore().denominators(Segment.RESIDENTS).stream()
                .filter(d -> d.unitCode().equals("27898")).findFirst().orElseThrow().count();
        assertEquals(5851, census, "the demo's census figure is kept");
    }

    @Test
    void aCrosswalkCodeThatLostItsZerosIsPaddedWhenOneUnitFitsAndTheFileIsReadByName()
            throws Exception {
        String db = dir.resolve("crosswalk-" + NEXT.incrementAndGet()).toString();
        Path units = dir.resolve("cw-units.csv");
        Files.writeString(units, "hierarchy,valid_from,code,kind,name,parent_code\n"
                + "territorial,2020-06-01,80,province,Tỉnh Một,\n"
                + "territorial,2020-06-01,00001,commune,Xã Một,80\n"
                + "territorial,2020-06-01,00002,commune,Xã Hai,80\n"
                + "territorial,2025-07-01,80,province,Tỉnh Mới,\n"
                + "territorial,2025-07-01,00010,commune,Xã Mới,80\n");
        assertEquals(0, app.run("load", "units", units.toString(), "--db", db), app.err());
        Path cw = dir.resolve("cw.csv");
        Files.writeString(cw, "note;weight;new_code;old_code\r\n"
                + "\"merged; whole\";;10;1\r\n"
                + ";1;10;2\r\n");
        assertEquals(0, app.run("load", "crosswalk", cw.toString(), "--from", "2020-08-15",
                "--to", "2025-07-01", "--db", db, "--lang", "en"), app.err());
        assertTrue(app.out().contains("cw.csv: stored the crosswalk territorial@2020-06-01"
                + " (3 units) -> territorial@2025-07-01 (2 units) (2 pieces, 0 units split,"
                + " 0 retired)"), app.out());
        assertTrue(app.out().contains("cw.csv: line 2: old_code: warning: Code 1 lost its"
                + " leading zeros (a spreadsheet saved it as a number); read as 00001 (Xã Một)."),
                app.out());
        assertTrue(app.out().contains("cw.csv: line 2: new_code: warning: Code 10 lost its"
                + " leading zeros (a spreadsheet saved it as a number); read as 00010 (Xã Mới)."
                + " (2 lines)"), app.out());
        Path none = dir.resolve("cw-none.csv");
        Files.writeString(none, "1,10,,\n");
        assertEquals(2, app.run("load", "crosswalk", none.toString(), "--from", "2020-08-15",
                "--to", "2025-07-01", "--db", db, "--lang", "en"));
        assertTrue(app.err().contains("cw-none.csv: line 1: The first line is not a header"),
                app.err());
        assertEquals(64, app.run("load", "crosswalk", cw.toString(), "--from", "2019-01-01",
                "--to", "2025-07-01", "--db", db));
        assertTrue(app.err().contains("--from: no version of territorial is valid on"
                + " 2019-01-01"), app.err());
    }

    @Test
    void loadVnAdminKeepsEnglishNamesRightOrEmpty() throws Exception {
        Hierarchy h = storage(national).referenceStore().hierarchy(Hierarchy.TERRITORIAL)
                .orElseThrow();
        HierarchyVersion of2020 = h.versionOn(LocalDate.of(2020, 8, 15)).orElseThrow();
        assertEquals(Optional.of("Viet Nam"), of2020.root().nameEn());
        for (Unit u : of2020.units()) {
            if (!u.code().equals("VN")) {
                assertEquals(Optional.empty(), u.nameEn(), u.code() + " " + u.name()
                        + " has no English name in the 2020 file, so none");
            }
        }
        HierarchyVersion of2025 = h.versionOn(LocalDate.of(2025, 7, 1)).orElseThrow();
        assertEquals(Optional.of("Ha Noi"), of2025.unit("01").orElseThrow().nameEn());
        assertEquals(Optional.of("Ba Dinh"), of2025.unit("00004").orElseThrow().nameEn());

        assertEquals(0, app.run("report", "--db", copy(national).toString(), "--unit", "001",
                "--date", "2020-08-15", "--format", "json"), app.err());
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(app.out()).findValues("nameEn").forEach(
                (JsonNode n) -> names.add(n.asText()));
        for (String en : names) {
            assertFalse(en.matches("[0-9]+"), "an English name is never a code: " + names);
        }
    }

    @Test
    void usageAndFileErrorsSayWhatToDo() throws Exception {
        String db = copy(demo).toString();
        assertEquals(64, app.run("load", "units", "x.csv", "--db", db, "--unit", "801"));
        // --unit is an option of load reports and load denominators only
        assertTrue(app.err().contains("uptake load units: unknown option --unit; run 'uptake"
                + " load units --help'"), app.err());
        assertEquals(64, app.run("load", "reports", "x.csv", "--db", db, "--lang", "fr"));
        assertEquals(2, app.run("load", "reports", dir.resolve("none.csv").toString(), "--db",
                db, "--lang", "en"));
        assertTrue(app.err().contains("none.csv: no such file"), app.err());
        Path ok = dir.resolve("ok.csv");
        Files.writeString(ok, "unit_code,segment,as_of,count,reported_at,reporter\n");
        assertEquals(64, app.run("load", "reports", ok.toString(), "--db", db, "--unit", "9"));
        assertTrue(app.err().contains("--unit 9 is not a unit of any stored version"), app.err());
        assertEquals(64, app.run("load", "reports", ok.toString(), "--db", db, "--hierarchy",
                "nope"));
        assertEquals(0, app.run("load", "reports", ok.toString(), "--db", db, "--lang", "en"));
        assertTrue(app.out().contains("ok.csv: no data rows, nothing stored"), app.out());
        assertEquals(2, app.run("load", "reports", ok.toString(), "--db",
                dir.resolve("empty-" + NEXT.incrementAndGet()).toString(), "--lang", "en"));
        assertTrue(app.err().contains("the database has no units yet"), app.err());
        assertEquals(0, app.run("load", "--help"));
        assertTrue(app.out().contains("reports:      unit_code,segment,as_of,count,reported_at,"
                + "reporter,source_ref"), app.out());
    }
}
