package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --rebase-to} and {@code load crosswalk}, on a fresh H2 file database. */
class HistoryCommandsTest {
    @TempDir
    Path dir;
    private String db;
    private final AppRun app = new AppRun();

    @BeforeEach
    void freshDatabase() {
        db = dir.resolve("uptake").toString();
    }

    /** Loads a province of communes A, B, C (2020) and N1, C (2025), without a crosswalk. */
    private void loadSmallHistory() throws Exception {
        Path units = dir.resolve("units.csv");
        Files.writeString(units, "hierarchy,valid_from,code,kind,name,parent_code\n"
                + "territorial,2020-06-01,80,province,Tỉnh Long An,\n"
                + "territorial,2020-06-01,A,commune,Xã A,80\n"
                + "territorial,2020-06-01,B,commune,Xã B,80\n"
                + "territorial,2020-06-01,C,commune,Xã C,80\n"
                + "territorial,2025-07-01,80,province,Tỉnh Tây Ninh,\n"
                + "territorial,2025-07-01,N1,commune,Xã Mới 1,80\n"
                + "territorial,2025-07-01,C,commune,Xã C mới,80\n");
        assertEquals(0, app.run("load", "--db", db, "units", units.toString()));
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.strip().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + start + " in\n" + text));
    }

    @Test
    void theDemoReRebasedOntoTayNinhKeepsTheProvinceTotalAndMarksEstimatedFigures()
            throws Exception {
        assertEquals(0, app.run("demo", "--db", db));
        assertEquals(0, app.run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01", "--lang", "en"));
        String text = app.out();
        assertTrue(text.startsWith("Tỉnh Long An — re-based onto the units of 1 July 2025"
                + " (reported under the units of 1 June 2020)"), text);
        assertTrue(text.contains("NQ 1244/NQ-UBTVQH15") && text.contains("(unofficial)"), text);
        String root = line(text, "80 ");
        assertTrue(root.contains("≈") && root.contains("197,011") && root.contains("1,688,547"),
                root);
        assertTrue(line(text, "27694 ").contains("estimated)"), text);
        assertFalse(line(text, "27712 ").contains("≈"), "Phường Tân An is exact");
        assertFalse(text.contains("Not mapped"), "every 2020 commune maps through 2024");

        assertEquals(0, app.run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01", "--format", "csv"));
        List<List<String>> rows = Csv.read(new java.io.BufferedReader(new java.io.StringReader(
                app.out())));
        assertEquals(List.of("code", "name", "count", "denominator", "rate_pct", "estimated",
                "estimated_share_pct", "from_old_units", "rebased_from", "rebased_onto", "source"),
                rows.get(0));
        assertEquals(List.of("80", "Tỉnh Tây Ninh", "197011", "1688547"),
                rows.get(1).subList(0, 4));
        long leaves = 0;
        for (List<String> r : rows.subList(2, rows.size())) {
            leaves += Long.parseLong(r.get(2));
            assertEquals("2020-06-01", r.get(8));
            assertEquals("2025-07-01", r.get(9));
        }
        assertEquals(62, rows.size(), "a header, Tây Ninh and the 60 new communes");
        assertEquals(197_011, leaves, "the new communes add up to the province to the person");

        assertEquals(0, app.run("report", "--db", db, "--unit", "803", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01", "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(app.out());
        assertEquals("rebased", json.get("view").asText());
        assertEquals("2025-07-01", json.get("rebasedOnto").asText());
        JsonNode first = json.get("units").get(0);
        assertEquals("80", first.get("code").asText());
        assertTrue(first.get("estimated").asBoolean(), "Bến Lức's Tân Hòa was split");
        assertTrue(json.get("notMapped").isEmpty());
    }

    @Test
    void rebasingOntoTheSameVersionChangesNothingAndAMissingVersionSaysWhatToLoad()
            throws Exception {
        assertEquals(0, app.run("demo", "--db", db));
        assertEquals(0, app.run("report", "--db", db, "--unit", "794", "--date", "2020-08-15",
                "--rebase-to", "2020-08-20", "--format", "csv"));
        assertFalse(app.out().contains(",true,"), "nothing is estimated: " + app.out());
        assertTrue(app.out().contains("\n794,Thành phố Tân An,"), app.out());
        assertEquals(70, app.run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--rebase-to", "2019-01-01"));
        assertTrue(app.err().contains("no version of the territorial hierarchy is valid on"
                + " 2019-01-01;"
                + " load it with 'uptake load units'"), app.err());
        assertEquals(64, app.run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01", "--format", "xlsx"));
        assertTrue(app.err().contains("--format xlsx needs --out FILE.xlsx"), app.err());
        Path xlsx = dir.resolve("tay-ninh.xlsx");
        assertEquals(0, app.run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01", "--format", "xlsx", "--out", xlsx.toString()));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheet("Theo địa giới mới");
            var root = sheet.getRow(8);
            assertEquals("80", root.getCell(1).getStringCellValue());
            assertEquals(197_011, root.getCell(3).getNumericCellValue());
            assertEquals("≈ có phần ước tính", root.getCell(7).getStringCellValue());
            assertEquals(8 + 61 + 1 + 2 - 1, sheet.getLastRowNum(),
                    "8 header rows, Tây Ninh and its 60 new communes, a blank row, two notes");
        }
    }

    @Test
    void loadCrosswalkReadsTheDocumentedLayoutAndRejectsBadRowsWithTheirLines() throws Exception {
        loadSmallHistory();
        Path reports = dir.resolve("reports.csv");
        Files.writeString(reports, "unit_code,segment,as_of,count,reported_at,reporter,source_ref\n"
                + "A,residents,2020-08-15,100,2020-08-15T08:00:00Z,clerk,\n"
                + "B,residents,2020-08-15,10,2020-08-15T08:00:00Z,clerk,\n"
                + "C,residents,2020-08-15,7,2020-08-15T08:00:00Z,clerk,\n");
        assertEquals(0, app.run("load", "--db", db, "reports", reports.toString()));

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "old_code,new_code,weight,note\n"
                + "A,N1,1,merged whole\n"
                + "B,N1,abc,\n"
                + "B,C,7/10,\n"
                + "X,N1,1,\n");
        assertEquals(2, app.run("load", "--db", db, "crosswalk", bad.toString(), "--from",
                "2020-08-15", "--to", "2025-07-01", "--lang", "en"));
        assertTrue(app.err().contains(
                "bad.csv: line 3: weight: Invalid weight: 'abc' is not a number"),
                app.err());
        assertTrue(app.err().contains("bad.csv: line 5: old_code: Old unit X is not a leaf"),
                app.err());
        assertTrue(app.err().contains("The weights of the pieces of B sum to 7/10, not 1."),
                app.err());
        assertTrue(app.err().contains("Old unit C is neither mapped") && app.err().contains(
                "or give --keep-unlisted if it keeps its code"), app.err());
        assertTrue(app.err().contains("bad.csv: rejected, nothing stored"), app.err());
        assertEquals(70, app.run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01"));
        assertTrue(app.err().contains("no crosswalk leads from territorial@2020-06-01"), app.err());

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "old_code,new_code,weight,note\n"
                + "A,N1,,merged whole\n"
                + "B,N1,0.3,\"split, by population\"\n"
                + "B,C,7/10,\n");
        assertEquals(0, app.run("load", "--db", db, "crosswalk", good.toString(), "--from",
                "2020-08-15", "--to", "2025-07-01", "--keep-unlisted", "--source", "test",
                "--lang", "en"));
        assertTrue(app.out().contains("stored the crosswalk territorial@2020-06-01"
                + " (4 units) -> territorial@2025-07-01 (3 units) (4 pieces, 1 units split,"
                + " 0 retired)"), app.out());
        assertEquals(0, app.run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01", "--format", "csv"));
        List<List<String>> rows = Csv.read(new java.io.BufferedReader(new java.io.StringReader(
                app.out())));
        assertEquals(List.of("80", "Tỉnh Tây Ninh", "117"), rows.get(1).subList(0, 3));
        assertEquals(List.of("N1", "Xã Mới 1", "103"), rows.get(2).subList(0, 3));
        assertEquals("true", rows.get(2).get(5));
        assertEquals("2.9", rows.get(2).get(6), "3 of 103 estimated");
        assertEquals(List.of("C", "Xã C mới", "14"), rows.get(3).subList(0, 3));
        assertEquals("50.0", rows.get(3).get(6), "7 of 14 estimated");
        assertTrue(rows.get(3).get(7).contains("C Xã C") && rows.get(3).get(7).contains(
                "B Xã B (7/10)"), rows.get(3).get(7));
    }

    @Test
    void aNewUnitNoOldFigureWentIntoIsMissingInEveryFormatNeverZero() throws Exception {
        loadSmallHistory();
        Path dens = dir.resolve("dens.csv");
        Files.writeString(dens, "unit_code,segment,count,source,vintage\n"
                + "A,residents,1000,census,2019-04-01\n"
                + "B,residents,500,census,2019-04-01\n"
                + "C,residents,800,census,2019-04-01\n");
        assertEquals(0, app.run("load", "--db", db, "denominators", dens.toString()));
        // only A reports: C (and the new C) has no figure; B has none but went into N1 with A
        Path reports = dir.resolve("reports.csv");
        Files.writeString(reports, "unit_code,segment,as_of,count,reported_at,reporter,source_ref\n"
                + "A,residents,2020-08-15,100,2020-08-15T08:00:00Z,clerk,\n");
        assertEquals(0, app.run("load", "--db", db, "reports", reports.toString()));
        Path cw = dir.resolve("cw.csv");
        Files.writeString(cw, "old_code,new_code,weight,note\nA,N1,1,\nB,N1,1,\n");
        assertEquals(0, app.run("load", "--db", db, "crosswalk", cw.toString(), "--from",
                "2020-08-15", "--to", "2025-07-01", "--keep-unlisted", "--source", "test"));

        assertEquals(0, app.run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01", "--lang", "en"));
        String text = app.out();
        assertTrue(line(text, "N1 ").contains("100"), text);
        assertTrue(line(text, "C ").matches(".*Xã C mới\\s+–\\s+800\\s+–\\s*"), text);

        assertEquals(0, app.run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01", "--format", "csv"));
        List<List<String>> rows = Csv.read(new java.io.BufferedReader(new java.io.StringReader(
                app.out())));
        assertEquals(List.of("C", "Xã C mới", "", "800", ""), rows.get(3).subList(0, 5));

        assertEquals(0, app.run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01", "--format", "json"));
        JsonNode c = new ObjectMapper().readTree(app.out()).get("units").get(2);
        assertEquals("C", c.get("code").asText());
        assertTrue(c.get("count").isNull() && c.get("ratePercent").isNull(), c.toString());

        Path xlsx = dir.resolve("missing.xlsx");
        assertEquals(0, app.run("report", "--db", db, "--unit", "80", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01", "--format", "xlsx", "--out", xlsx.toString()));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheet("Theo địa giới mới");
            var row = sheet.getRow(10);
            assertEquals("C", row.getCell(1).getStringCellValue());
            assertEquals("–", row.getCell(3).getStringCellValue());
            assertEquals(800, row.getCell(4).getNumericCellValue());
            assertEquals("–", row.getCell(5).getStringCellValue());
        }
    }

    @Test
    void loadVnAdminStoresTheNationalHistoryAndReportsWhatItCannotMap() throws Exception {
        Path unmapped = dir.resolve("unmapped.csv");
        assertEquals(0, app.run("load", "--db", db, "vn-admin", "--unmapped", unmapped.toString(),
                "--lang", "en"));
        assertTrue(app.out().contains("stored territorial@2025-03-01 (10807 units)"), app.out());
        assertTrue(app.out().contains("corrected: 06970 Xã Ba Chẽ -> 06978"), app.out());
        assertTrue(app.out().contains("581 communes of 2020 have no known target"), app.out());
        List<String> lines = Files.readAllLines(unmapped);
        assertEquals(582, lines.size());
        assertTrue(lines.contains("00010,Phường Nguyễn Trung Trực,001"), lines.get(1));
        assertEquals(2, app.run("load", "--db", db, "vn-admin", "--lang", "en"));
        assertTrue(app.err().contains("already has a territorial hierarchy"), app.err());

        Path reports = dir.resolve("reports.csv");
        Files.writeString(reports, "unit_code,segment,as_of,count,reported_at,reporter,source_ref\n"
                + "27688,residents,2020-08-15,500,2020-08-15T08:00:00Z,clerk,\n"
                + "00010,residents,2020-08-15,40,2020-08-15T08:00:00Z,clerk,\n"
                + "00001,residents,2020-08-15,7,2020-08-15T08:00:00Z,clerk,\n");
        assertEquals(0, app.run("load", "--db", db, "reports", reports.toString()));
        assertEquals(0, app.run("report", "--db", db, "--unit", "794", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01", "--lang", "en"));
        assertTrue(line(app.out(), "27694 ").contains("500"), "Phường 2 is in Phường Long An: "
                + app.out());
        assertEquals(0, app.run("report", "--db", db, "--unit", "001", "--date", "2020-08-15",
                "--rebase-to", "2025-07-01", "--lang", "en"));
        assertTrue(line(app.out(), "VN ").contains(" 7 "), "Ba Đình keeps 7, leaves 40 out: "
                + app.out());
        assertTrue(app.out().contains("Not mapped, left out: 00010 Phường Nguyễn Trung Trực"),
                app.out());
    }
}
