package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uptake import} on a fresh copy of the demo database: the field cases of the Excel intake,
 * the dry run, the mapping file and the one-off column options, the languages, the exit codes,
 * re-imports and the store's own refusals.
 */
class ImportCommandTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    private static final Path CASES = Databases.EXCEL_TESTS.resolve("cases");
    private static final Path PRODUCERS = ProducerManifest.DIR;
    /** Đức Huệ's communes with figures that total 8.793, in the order of the demo's tree. */
    private static final Map<String, Long> DUC_HUE = new TreeMap<>(Map.ofEntries(
            Map.entry("27898", 763L), Map.entry("27901", 621L), Map.entry("27904", 812L),
            Map.entry("27907", 1_004L), Map.entry("27910", 689L), Map.entry("27913", 938L),
            Map.entry("27916", 702L), Map.entry("27919", 1_115L), Map.entry("27922", 544L),
            Map.entry("27925", 983L), Map.entry("27928", 622L)));

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

    private int run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "import";
        all[1] = "--db";
        all[2] = db.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return app.run(all);
    }

    private static long total(Map<String, Long> figures) {
        return figures.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String line(String text, String start) {
        return text.lines().map(String::strip).filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + start + " in\n" + text));
    }

    // ---- the field cases -------------------------------------------------------------------

    @Test
    void countsWrittenAsFormulasWithoutStoredResultsAreComputedAndStored() throws Exception {
        Path file = CASES.resolve("01-formula-no-cached-value-openpyxl")
                .resolve("duc-hue_19-8_formula-openpyxl.xlsx");
        assertEquals(0, run("--date", "2020-08-19", file.toString()), app.err());
        Map<String, Long> stored = Databases.figures(db, DAY);
        assertEquals(11, stored.size(), stored.toString());
        assertTrue(stored.keySet().stream().allMatch(c -> c.compareTo("27898") >= 0
                && c.compareTo("27928") <= 0), "Đức Huệ's communes: " + stored);
        assertEquals(8_793, total(stored), "never 0, never nothing");
        assertTrue(line(app.out(), "đơn vị đã lưu:").endsWith(" 11"), app.out());
        assertEquals(0, app.run("report", "--db", db.toString(), "--unit", "801", "--date",
                "2020-08-19", "--format", "csv"));
        assertTrue(app.out().contains("\n801,Huyện Đức Huệ,8793,"), app.out());
    }

    @Test
    void theSheetNamedForTheDayIsReadNeverYesterdaysHiddenOrNot() throws Exception {
        for (String name : new String[] {"duc-hue_hidden-yesterday-sheet.xlsx",
            "duc-hue_two-visible-day-sheets.xlsx"}) {
            freshDatabase();
            Path file = CASES.resolve("03-hidden-sheet-first").resolve(name);
            assertEquals(0, run("--date", "2020-08-19", file.toString()), name + app.err());
            assertEquals(8_793, total(Databases.figures(db, DAY)), name);
            assertTrue(line(app.out(), "trang đã đọc:").contains("19-8 (số liệu ngày 19/8/2020)"),
                    app.out());
        }
    }

    // ---- the dry run -----------------------------------------------------------------------

    @Test
    void aDryRunShowsOldToNewUnitByUnitAndStoresNothing() throws Exception {
        Path file = PRODUCERS.resolve("g-district-row_openpyxl.xlsx");
        String before = Databases.stored(db);
        assertEquals(0, run("--date", "2020-08-19", "--dry-run", file.toString()), app.err());
        assertEquals(before, Databases.stored(db), "a dry run stores nothing");
        assertEquals(Map.of(), Databases.figures(db, DAY));
        String out = app.out();
        assertTrue(out.startsWith(file + ": kiểm tra trước, không lưu gì"), out);
        assertTrue(line(out, "801 ").matches("801 +Huyện Đức Huệ +5\\.658 \\(ngày 18/8/2020\\) +→"
                + " +16\\.610 +mới"), "the district's own figure of 18/8: " + out);
        assertTrue(line(out, "27898 ").matches("27898 +Thị trấn Đông Thành +[0-9.]+ \\(ngày"
                + " 18/8/2020\\) +→ +1\\.327 +mới"), out);
        assertTrue(out.contains("12 đơn vị: 12 mới, 0 thay đổi, 0 không đổi"), out);
        assertTrue(line(out, "'Đức Huệ'!D2").contains("801 Huyện Đức Huệ (số của chính đơn vị)"
                + " 16.610 = tổng 11 đơn vị trực thuộc"), out);

        assertEquals(0, run("--date", "2020-08-19", file.toString()), app.err());
        String stored = Databases.stored(db);
        assertEquals(0, run("--date", "2020-08-19", "--dry-run", "--lang", "en",
                file.toString()));
        assertEquals(stored, Databases.stored(db));
        assertTrue(line(app.out(), "801 ").matches("801 +Huyện Đức Huệ +16,610 +→ +16,610"
                + " +unchanged"), app.out());
        assertTrue(app.out().contains("12 units: 0 new, 0 changed, 12 unchanged"), app.out());

        Path other = PRODUCERS.resolve("h-total-bottom_xlsxwriter.xlsx");
        assertEquals(0, run("--date", "2020-08-19", "--dry-run", "--lang", "en",
                other.toString()));
        assertEquals(stored, Databases.stored(db));
        assertTrue(line(app.out(), "27898 ").matches("27898 +Thị trấn Đông Thành +1,327 +→"
                + " +2,249 +changed"), app.out());
        assertTrue(app.out().contains("'Sheet1'!D13  \"Tổng cộng:\" 14,611 = the sum of its 11"
                + " rows"), app.out());

        assertEquals(0, run("--date", "2020-08-19", "--dry-run", "--lang", "en",
                PRODUCERS.resolve("g-province-tree_xlsxwriter.xlsx").toString()));
        assertTrue(line(app.out(), "80 ").matches("80 +Tỉnh Long An +– +→ +269,949 +new"),
                "no figure at all: " + app.out());
        assertTrue(line(app.out(), "27715 ").contains("(on 13 Aug 2020)"),
                "the silent commune's last figure: " + app.out());
        assertEquals(stored, Databases.stored(db));
    }

    @Test
    void aRefusedFileIsRefusedInADryRunToo() throws Exception {
        String before = Databases.stored(db);
        assertEquals(2, run("--date", "2020-08-19", "--dry-run", PRODUCERS.resolve(
                "x1-total-mismatch-cong_openpyxl.xlsx").toString()));
        assertTrue(app.err().contains("x1-total-mismatch-cong_openpyxl.xlsx: 'Sheet1'!D13: "),
                app.err());
        assertEquals(before, Databases.stored(db));
    }

    // ---- the mapping file and the one-off options ------------------------------------------

    /** Writes Đức Huệ's sheet with headers that the importer's defaults do not know. */
    private Path unknownHeaders(String codeHeader, String countHeader) throws Exception {
        Path file = dir.resolve("bao-cao-tu-che.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(
                file)) {
            Sheet s = wb.createSheet("Số liệu");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("STT");
            h.createCell(1).setCellValue(codeHeader);
            h.createCell(2).setCellValue("Tên xã");
            h.createCell(3).setCellValue(countHeader);
            int i = 1;
            for (Map.Entry<String, Long> e : DUC_HUE.entrySet()) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue(i++);
                r.createCell(1).setCellValue(e.getKey());
                r.createCell(2).setCellValue("xã " + e.getKey());
                r.createCell(3).setCellValue(e.getValue());
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void aMappingFileTeachesHeadersTheDefaultsDoNotKnow() throws Exception {
        Path file = unknownHeaders("Số hiệu", "Lượt tải Bluezone");
        assertEquals(2, run("--date", "2020-08-19", file.toString()));
        assertTrue(app.err().contains("--mapping"), "the refusal points at the mapping file: "
                + app.err());
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, "# Đức Huệ's own sheet\ncodeHeaders: [Số hiệu]\n"
                + "countHeaders:\n  - Lượt tải Bluezone\n");
        assertEquals(0, run("--date", "2020-08-19", "--mapping", mapping.toString(),
                file.toString()), app.err());
        assertEquals(DUC_HUE, Databases.figures(db, DAY));
    }

    @Test
    void theCommandLineOverridesTheMappingFile() throws Exception {
        Path file = unknownHeaders("Số hiệu", "Lượt tải Bluezone");
        Path mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, "codeColumn: B\ncountColumn: C\nheaderRow: 1\n");
        assertEquals(2, run("--date", "2020-08-19", "--mapping", mapping.toString(),
                file.toString()), "column C holds names: " + app.out());
        assertEquals(0, run("--date", "2020-08-19", "--mapping", mapping.toString(),
                "--count-column", "D", file.toString()), app.err());
        assertEquals(DUC_HUE, Databases.figures(db, DAY));
    }

    @Test
    void oneOffColumnOptionsReadASheetWithoutAMappingFile() throws Exception {
        Path file = unknownHeaders("Số hiệu", "Lượt tải Bluezone");
        assertEquals(0, run("--date", "2020-08-19", "--header-row", "1", "--code-column", "B",
                "--count-column", "D", "--sheet", "Số liệu", file.toString()), app.err());
        assertEquals(DUC_HUE, Databases.figures(db, DAY));
    }

    @Test
    void aBadMappingFileIsRefusedAtItsLineAndColumnWithWhatToWrite() throws Exception {
        Path file = unknownHeaders("Số hiệu", "Lượt tải Bluezone");
        Path mapping = dir.resolve("sai.yaml");
        Files.writeString(mapping, "codeHeaders: [Số hiệu]\ncountHeader: [Lượt tải]\n");
        String before = Databases.stored(db);
        assertEquals(2, run("--date", "2020-08-19", "--lang", "en", "--mapping",
                mapping.toString(), file.toString()));
        assertEquals(before, Databases.stored(db));
        assertTrue(app.err().contains(mapping + ": the mapping file is refused, no file"
                + " imported"), app.err());
        assertTrue(app.err().contains("sai.yaml: line 2: countHeader: Unknown key"
                + " \"countHeader\" (column "), app.err());
        assertTrue(app.err().contains("the keys are: codeHeaders, countHeaders,"
                + " populationHeaders, sheet, headerRow, codeColumn, countColumn."), app.err());
        Files.writeString(mapping, "headerRow: two\n");
        assertEquals(2, run("--date", "2020-08-19", "--mapping", mapping.toString(),
                file.toString()));
        assertTrue(app.err().contains("sai.yaml: dòng 1: headerRow: Giá trị \"two\" không hợp lệ"
                + " (cột "), app.err());
        assertFalse(app.err().contains("line "), app.err());
        assertTrue(app.err().contains("headerRow là số dòng của tiêu đề, từ 1"), app.err());
        Files.writeString(mapping, "codeColumn: 2\n");
        assertEquals(2, run("--date", "2020-08-19", "--lang", "en", "--mapping",
                mapping.toString(), file.toString()));
        assertTrue(app.err().contains("sai.yaml: line 1: codeColumn: Bad value (column "),
                app.err());
        assertTrue(app.err().contains("a column is named by its letters (B, E, AA), was '2'"),
                app.err());
        Files.writeString(mapping, "sheet: \"19-8\n");
        assertEquals(2, run("--date", "2020-08-19", "--lang", "en", "--mapping",
                mapping.toString(), file.toString()));
        assertTrue(app.err().contains("The mapping file is not valid YAML"), app.err());
        Files.writeString(mapping, "codeHeaders: [Mã\ncountHeaders: x\n");
        assertEquals(2, run("--date", "2020-08-19", "--mapping", mapping.toString(),
                file.toString()));
        assertTrue(app.err().contains("sai.yaml: dòng 2: Tệp ánh xạ không phải YAML hợp lệ ở dòng"
                + " 2, cột 13: "), app.err());
        Files.writeString(mapping, "{{{\n");
        assertEquals(2, run("--date", "2020-08-19", "--lang", "en", "--mapping",
                mapping.toString(), file.toString()));
        assertTrue(app.err().contains("sai.yaml: line 1: The mapping file is not valid YAML at"
                + " line 1, column 3: Expected a field name (Scalar value in YAML). Each line is"
                + " \"key: value\""), app.err());
        assertFalse(app.err().contains("org.yaml") || app.err().contains("Event("), app.err());
        assertEquals(2, run("--date", "2020-08-19", "--mapping", mapping.toString(),
                file.toString()));
        assertTrue(app.err().contains("sai.yaml: dòng 1: Tệp ánh xạ không phải YAML hợp lệ ở dòng"
                + " 1, cột 3: Expected a field name (Scalar value in YAML). Mỗi dòng là"),
                app.err());
        assertFalse(app.err().contains("org.yaml") || app.err().contains("Event("), app.err());
        assertEquals(2, run("--date", "2020-08-19", "--mapping", dir.resolve("none.yaml")
                .toString(), file.toString()));
        assertTrue(app.err().contains("Không có tệp ánh xạ"), app.err());
        assertEquals(before, Databases.stored(db));
    }

    // ---- languages, exit codes, re-imports --------------------------------------------------

    @Test
    void messagesAreVietnameseByDefaultAndEnglishWithLangEn() {
        String bad = PRODUCERS.resolve("x8-bad-counts_openpyxl.xlsx").toString();
        assertEquals(2, run("--date", "2020-08-19", bad));
        assertTrue(app.err().contains("x8-bad-counts_openpyxl.xlsx: bị từ chối, không lưu gì"),
                app.err());
        assertTrue(app.err().contains("x8-bad-counts_openpyxl.xlsx: 'Sheet1'!D3: Số lượng không"
                + " được âm."), app.err());
        assertEquals(2, run("--date", "2020-08-19", "--lang", "en", bad));
        assertTrue(app.err().contains("x8-bad-counts_openpyxl.xlsx: rejected, nothing stored"),
                app.err());
        assertTrue(app.err().contains("x8-bad-counts_openpyxl.xlsx: 'Sheet1'!D3: The count cannot"
                + " be negative."), app.err());
        assertFalse(app.err().contains("Số lượng"), app.err());

        String warned = PRODUCERS.resolve("m-over-denominator_openpyxl.xlsx").toString();
        assertEquals(0, run("--date", "2020-08-19", "--dry-run", warned));
        assertTrue(app.out().contains("m-over-denominator_openpyxl.xlsx: 'Sheet1'!D10: cảnh báo: "),
                app.out());
        assertEquals(0, run("--date", "2020-08-19", "--lang", "en", warned));
        assertTrue(app.out().contains(warned + ": stored"), app.out());
        assertTrue(line(app.out(), "units stored:").endsWith(" 11"), app.out());
        assertTrue(line(app.out(), "warnings:").endsWith(" 1"), app.out());
        assertTrue(app.out().contains("m-over-denominator_openpyxl.xlsx: 'Sheet1'!D10: warning: "),
                app.out());
    }

    /** Writes a sheet with Đức Huệ's communes, the first count as the clerk typed it. */
    private Path typed(String name, Object first, int repeats) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(
                file)) {
            Sheet s = wb.createSheet("Sheet1");
            Row h = s.createRow(0);
            String[] header = {"STT", "Mã xã", "Tên đơn vị", "Số người đã cài đặt"};
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            int i = 1;
            for (int k = 0; k < repeats; k++) {
                for (Map.Entry<String, Long> e : DUC_HUE.entrySet()) {
                    Row r = s.createRow(i);
                    r.createCell(0).setCellValue(i++);
                    r.createCell(1).setCellValue(e.getKey());
                    r.createCell(2).setCellValue("xã " + e.getKey());
                    if (i == 2 && first instanceof String text) {
                        r.createCell(3).setCellValue(text);
                    } else {
                        r.createCell(3).setCellValue(i == 2 ? ((Number) first).doubleValue()
                                : e.getValue());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void everyProblemShowsTheValueTheClerkTyped() throws Exception {
        Path file = typed("so-thap-phan.xlsx", "1327,5", 1);
        assertEquals(2, run("--date", "2020-08-19", file.toString()));
        assertTrue(app.err().contains("so-thap-phan.xlsx: 'Sheet1'!D2: Số lượng phải là số nguyên"
                + " (số người). (giá trị: 1327,5)\n"), app.err());
        assertEquals(2, run("--date", "2020-08-19", "--dry-run", "--lang", "en",
                file.toString()));
        assertTrue(app.err().contains("so-thap-phan.xlsx: 'Sheet1'!D2: The count must be a whole"
                + " number of people. (value: 1327,5)\n"), app.err());

        String warned = PRODUCERS.resolve("m-over-denominator_openpyxl.xlsx").toString();
        assertEquals(0, run("--date", "2020-08-19", "--dry-run", warned));
        assertTrue(app.out().contains("m-over-denominator_openpyxl.xlsx: 'Sheet1'!D10: cảnh báo:"
                + " Số lượng 1.903 vượt mẫu số 1.825 của 27922; hãy kiểm tra lại. (giá trị: 1903)"
                + "\n"), app.out());
        assertEquals(0, run("--date", "2020-08-19", "--lang", "en", warned));
        assertTrue(app.out().contains("m-over-denominator_openpyxl.xlsx: 'Sheet1'!D10: warning:"
                + " The count 1,903 exceeds the denominator 1,825 of 27922; check it."
                + " (value: 1903)\n"), app.out());
    }

    @Test
    void aProblemOfNoPlaceIsPrintedWithoutAnEnglishLocation() throws Exception {
        Path file = typed("lap-lai.xlsx", 763L, 25); // more repeated codes than are listed
        assertEquals(2, run("--date", "2020-08-19", file.toString()));
        assertTrue(app.err().matches("(?s).*\n  Còn \\d+ lỗi khác không liệt kê\\.\n"),
                app.err());
        assertFalse(app.err().contains("(no location)") || app.err().contains("line "),
                app.err());
        assertTrue(app.err().contains("lap-lai.xlsx: 'Sheet1'!B13: Mã đơn vị 27898 đã có ở dòng"
                + " 2. (giá trị: 27898)\n"), app.err());
        assertEquals(2, run("--date", "2020-08-19", "--lang", "en", file.toString()));
        assertTrue(app.err().matches("(?s).*\n  \\d+ more problem\\(s\\) not listed\\.\n"),
                app.err());
        assertFalse(app.err().contains("(no location)"), app.err());
    }

    @Test
    void exitCodesAreZeroWhenAllAreStoredTwoWhenAnyIsRefusedAndSixtyFourForUsage()
            throws Exception {
        String good = PRODUCERS.resolve("h-total-bottom_xlsxwriter.xlsx").toString();
        String bad = PRODUCERS.resolve("x7-unit-unknown_openpyxl.xlsx").toString();
        assertEquals(2, run("--date", "2020-08-19", bad, good));
        assertEquals(11, Databases.figures(db, DAY).size(), "the good file is stored all the same");
        assertTrue(app.out().contains(good + ": đã lưu"), app.out());
        assertTrue(app.err().contains("x7-unit-unknown_openpyxl.xlsx: 'Sheet1'!B8: "), app.err());
        assertEquals(2, run(good), "a sheet that is not a template needs its day");
        assertTrue(app.err().contains("--date"), app.err());
        assertEquals(2, run("--date", "2020-08-19", dir.resolve("missing.xlsx").toString()));
        assertTrue(app.err().contains("missing.xlsx: bị từ chối"), app.err());

        String before = Databases.stored(db);
        for (String[] usage : new String[][] {
            {"--date", "19/8/2020", good},
            {"--date", "2019-01-01", good},
            {"--date", "2020-08-19", "--unit", "99999", good},
            {"--date", "2020-08-19", "--header-row", "two", good},
            {"--date", "2020-08-19", "--header-row", "0", good},
            {"--date", "2020-08-19", "--code-column", "2", good},
            {"--date", "2020-08-19", "--segment", "Bad Segment!", good},
            {"--date", "2020-08-19", "--lang", "fr", good},
            {"--date", "2020-08-19", "--colour", good},
            {"--date", "2020-08-19"},
        }) {
            assertEquals(64, run(usage), String.join(" ", usage) + ": " + app.err());
            assertTrue(app.err().contains("import"), app.err());
        }
        assertEquals(before, Databases.stored(db));
    }

    @Test
    void theSameFileAgainIsAlreadyImportedAndTheSameFileForAnotherDayIsAnotherSubmission()
            throws Exception {
        String file = PRODUCERS.resolve("h-total-bottom_xlsxwriter.xlsx").toString();
        assertEquals(0, run("--date", "2020-08-19", "--as", "clerk@801", file));
        String stored = Databases.stored(db);
        assertEquals(0, run("--date", "2020-08-19", "--as", "clerk@801", "--lang", "en", file));
        assertTrue(app.out().contains(file + ": already imported as xlsx-"), app.out());
        assertTrue(app.out().contains(", nothing stored"), app.out());
        assertEquals(stored, Databases.stored(db));
        assertEquals(0, run("--date", "2020-08-20", "--as", "clerk@801", file), app.err());
        assertEquals(Databases.figures(db, DAY), Databases.figures(db, DAY.plusDays(1)));
        assertTrue(app.out().contains(file + ": đã lưu"), app.out());
    }

    @Test
    void whatTheStoreRefusesIsARefusalNamingTheFileNeverAFailure() throws Exception {
        // a submission id reused for other content: WorkbookIntakeTest, with a store that says so
        String file = PRODUCERS.resolve("h-total-bottom_xlsxwriter.xlsx").toString();
        String before = Databases.stored(db);
        assertEquals(2, run("--date", "2020-08-19", "--lang", "en", "--as", "x".repeat(201),
                file), app.err());
        assertTrue(app.err().contains("h-total-bottom_xlsxwriter.xlsx: rejected, nothing stored"),
                app.err());
        // the sender (--as) is the submission's submitter and each report's reporter: the store
        // refuses the submission at submittedBy before it reads the reports
        assertTrue(app.err().contains("h-total-bottom_xlsxwriter.xlsx: submittedBy: The"
                + " submitter is longer than 200 characters."), app.err());
        assertEquals(before, Databases.stored(db));

        assertEquals(0, run("--date", "2020-08-19", "--as", "clerk@801", file));
        Map<String, Long> figures = Databases.figures(db, DAY);
        assertEquals(0, run("--date", "2020-08-19", "--as", "someone-else", "--dry-run", file));
        assertTrue(app.out().contains("11 đơn vị: 0 mới, 0 thay đổi, 11 không đổi"), app.out());
        assertEquals(0, run("--date", "2020-08-19", "--as", "someone-else", file),
                "the same file from another sender is another submission: " + app.err());
        assertEquals(figures, Databases.figures(db, DAY));
    }

    @Test
    void helpDocumentsEveryOptionAndTheMappingFilesKeys() {
        assertEquals(0, app.run("import", "--help"));
        String help = app.out();
        for (String option : List.of("--date", "--unit", "--segment", "--as", "--mapping",
                "--sheet", "--header-row", "--code-column", "--count-column", "--strict",
                "--dry-run", "--lang")) {
            assertTrue(help.contains(option + " "), option + " in\n" + help);
        }
        for (String key : MappingFile.KEYS) {
            assertTrue(help.contains(key + ": "), key + " in\n" + help);
        }
        assertTrue(help.contains("Exit codes: 0"), help);
        assertEquals(64, app.run("import"));
        assertEquals("uptake import: FILE is required; run 'uptake import --help'\n"
                + UsageErrors.vietnamese("uptake import") + "\n", app.err());
    }
}
