package io.github.uptake.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes the corpus of good and bad workbooks under {@code src/test/resources/corpus} and its
 * manifest {@code corpus.tsv} (file, import options, expected outcome). {@code CorpusTest} reads
 * the committed files; this class is kept in the tests so the corpus can be reviewed and rebuilt:
 * run its {@code main} with the test classpath from the project's root.
 */
public final class CorpusGenerator {
    private final Path dir;
    private final List<String> manifest = new ArrayList<>();

    private CorpusGenerator(Path dir) {
        this.dir = dir;
    }

    /**
     * Writes the corpus.
     *
     * @param args  the folder, default {@code adapters-excel/src/test/resources/corpus}
     * @throws Exception if writing fails
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "adapters-excel/src/test/resources/corpus");
        Files.createDirectories(dir);
        new CorpusGenerator(dir).all();
    }

    private void all() throws Exception {
        String nfd = Normalizer.normalize("Phường 5", Normalizer.Form.NFD);
        foreign("foreign-vietnamese.xlsx", new XSSFWorkbook(), true, new Object[][] {
            {"STT", "Mã ĐV", "Tên đơn vị", "SL cài đặt", "Cột thêm"},
            {1, "27685", nfd + "  ", "1.234", "x"},
            {},
            {2, " 27688", "Phường 2", 2345, null},
            {3, "27691", "Phường 4", "8 345", "ghi chú"},
            {null, null, "Tổng cộng", 11_924, null}});
        expect("foreign-vietnamese.xlsx", "asOf=2020-08-15;from=794",
                "ACCEPT 3 unit.code-cleaned@'BC'!B6");
        foreign("legacy.xls", new HSSFWorkbook(), false, new Object[][] {
            {"Mã đơn vị", "Số lượng cài đặt"}, {"27685", 10}, {"27688", "2.000"}});
        expect("legacy.xls", "asOf=2020-08-15", "ACCEPT 2");
        foreign("unknown-code.xlsx", new XSSFWorkbook(), false, new Object[][] {
            {"Mã đơn vị", "Số lượng cài đặt"}, {"27685", 10}, {"99999", 5}});
        expect("unknown-code.xlsx", "asOf=2020-08-15", "unit.unknown@'BC'!A3");
        foreign("outside-unit.xlsx", new XSSFWorkbook(), false, new Object[][] {
            {"Mã đơn vị", "Số lượng cài đặt"}, {"27685", 10}, {"27787", 5}});
        expect("outside-unit.xlsx", "asOf=2020-08-15;from=794", "unit.outside@'BC'!A3");
        foreign("duplicate-row.xlsx", new XSSFWorkbook(), false, new Object[][] {
            {"Mã đơn vị", "Số lượng cài đặt"}, {"27685", 10}, {"27688", 3}, {"27685", 11}});
        expect("duplicate-row.xlsx", "asOf=2020-08-15", "row.duplicate@'BC'!A4");
        foreign("bad-counts.xlsx", new XSSFWorkbook(), false, new Object[][] {
            {"Mã đơn vị", "Số lượng cài đặt"}, {"27685", -5}, {"27688", 12.5}, {"27691", "mười"},
            {"27787", "1,5"}});
        expect("bad-counts.xlsx", "asOf=2020-08-15", "count.negative@'BC'!B2 count.fraction@'BC'!B3"
                + " count.not-a-number@'BC'!B4 count.fraction@'BC'!B5");
        foreign("over-denominator.xlsx", new XSSFWorkbook(), false, new Object[][] {
            {"Mã đơn vị", "Số lượng cài đặt"}, {"27685", 20_000}});
        expect("over-denominator.xlsx", "asOf=2020-08-15",
                "ACCEPT 1 count.over-denominator@'BC'!B2");
        foreign("totals-mismatch.xlsx", new XSSFWorkbook(), false, new Object[][] {
            {"Mã đơn vị", "Số lượng cài đặt"}, {"27685", 10}, {"27688", 20}, {"Tổng cộng", 31}});
        expect("totals-mismatch.xlsx", "asOf=2020-08-15", "total.mismatch@'BC'!B4");
        foreign("no-header.xlsx", new XSSFWorkbook(), false, new Object[][] {
            {"Danh sách"}, {"27685", 10}});
        expect("no-header.xlsx", "asOf=2020-08-15", "sheet.no-header@file");
        Path template = Fixture.template(dir, "794", LocalDate.of(2020, 8, 14));
        Path dated = Fixture.fill(template, dir.resolve("date-mismatch.xlsx"), Map.of("27685", 7));
        Files.delete(template);
        expect(dated.getFileName().toString(), "asOf=2020-08-15",
                "template.date-mismatch@'_uptake'");
        tampered();
        expect("tampered.xlsx", "", "template.tampered@'_uptake'");
        zipBomb();
        expect("zip-bomb.xlsx", "asOf=2020-08-15", "file.zip-bomb@file");
        entityExpansion();
        expect("entity-expansion.xlsx", "asOf=2020-08-15", "file.unsafe-xml@file");
        hugeDimension();
        expect("huge-dimension.xlsx", "asOf=2020-08-15", "ACCEPT 1");
        Object[][] many = new Object[1201][];
        many[0] = new Object[] {"Mã đơn vị", "Số lượng cài đặt"};
        for (int i = 1; i < many.length; i++) {
            many[i] = new Object[] {null, null, "ghi chú " + i};
        }
        foreign("too-many-rows.xlsx", new XSSFWorkbook(), false, many);
        expect("too-many-rows.xlsx", "asOf=2020-08-15;maxRows=1000",
                "sheet.too-many-rows@'BC'");
        password();
        expect("password.xlsx", "asOf=2020-08-15", "file.password@file");
        byte[] good = Files.readAllBytes(dir.resolve("unknown-code.xlsx"));
        Files.write(dir.resolve("corrupted.xlsx"), java.util.Arrays.copyOf(good, good.length / 2));
        expect("corrupted.xlsx", "asOf=2020-08-15", "file.corrupt@file");
        macro();
        expect("macro.xlsm", "asOf=2020-08-15", "file.macro@file");
        Files.writeString(dir.resolve("not-a-workbook.xlsx"), "Báo cáo: 197.011 người\n");
        expect("not-a-workbook.xlsx", "asOf=2020-08-15", "file.not-a-workbook@file");
        Files.write(dir.resolve("corpus.tsv"), manifest, StandardCharsets.UTF_8);
    }

    private void expect(String file, String options, String outcome) {
        manifest.add(file + "\t" + options + "\t" + outcome);
    }

    private void foreign(String name, Workbook wb, boolean mergedTitle, Object[][] rows)
            throws IOException {
        Sheet s = wb.createSheet("BC");
        int r = 0;
        if (mergedTitle) {
            s.createRow(0).createCell(0).setCellValue("BÁO CÁO CÀI ĐẶT BLUEZONE");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            r = 2;
        }
        for (Object[] values : rows) {
            Row row = s.createRow(r++);
            for (int c = 0; c < values.length; c++) {
                if (values[c] instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (values[c] != null) {
                    row.createCell(c).setCellValue(values[c].toString());
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            wb.write(out);
        }
        wb.close();
    }

    private void tampered() throws Exception {
        Path template = Fixture.template(dir, "794", LocalDate.of(2020, 8, 15));
        Path filled = Fixture.fill(template, dir.resolve("t.xlsx"), Map.of("27685", 7));
        try (InputStream in = Files.newInputStream(filled); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet meta = wb.getSheet(TemplateMetadata.SHEET);
            for (Row row : meta) {
                if (row.getCell(0).getStringCellValue().equals("reporting-unit")) {
                    row.getCell(1).setCellValue("80");
                }
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("tampered.xlsx"))) {
                wb.write(out);
            }
        }
        Files.delete(template);
        Files.delete(filled);
    }

    /** Rewrites the entries of a workbook, replacing some. */
    private static void rewrite(Path from, Path to, Map<String, byte[]> replace, int level,
                                Map<String, byte[]> add) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            out.setLevel(level);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = replace.containsKey(e.getName()) ? replace.get(e.getName())
                        : zip.getInputStream(e).readAllBytes();
                out.write(data);
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : add.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    private Path small(String name) throws IOException {
        foreign(name, new XSSFWorkbook(), false, new Object[][] {
            {"Mã đơn vị", "Số lượng cài đặt"}, {"27685", 10}});
        return dir.resolve(name);
    }

    private void zipBomb() throws IOException {
        Path base = small("base.xlsx");
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        sheet.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas"
                + ".openxmlformats.org/spreadsheetml/2006/main\"><sheetData>").getBytes(
                StandardCharsets.UTF_8));
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < 100; i++) {
            sheet.write(spaces);
        }
        sheet.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        rewrite(base, dir.resolve("zip-bomb.xlsx"), Map.of("xl/worksheets/sheet1.xml",
                sheet.toByteArray()), 9, Map.of());
        Files.delete(base);
    }

    private void entityExpansion() throws IOException {
        Path base = small("base.xlsx");
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol"
                + " \"lol\">");
        for (int i = 1; i <= 9; i++) {
            x.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                x.append("&lol").append(i == 1 ? "" : i - 1).append(';');
            }
            x.append("\">");
        }
        x.append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>"
                + "</row></sheetData></worksheet>");
        rewrite(base, dir.resolve("entity-expansion.xlsx"), Map.of("xl/worksheets/sheet1.xml",
                x.toString().getBytes(StandardCharsets.UTF_8)), 6, Map.of());
        Files.delete(base);
    }

    private void hugeDimension() throws IOException {
        Path base = small("base.xlsx");
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas"
                + ".openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:XFD1048576\"/>"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã đơn vị</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Số lượng cài đặt</t></is></c></row>"
                + "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>27685</t></is></c>"
                + "<c r=\"XFD1048576\"><v>7</v></c><c r=\"B1048576\"><v>42</v></c></row>"
                + "</sheetData></worksheet>";
        rewrite(base, dir.resolve("huge-dimension.xlsx"), Map.of("xl/worksheets/sheet1.xml",
                sheet.getBytes(StandardCharsets.UTF_8)), 6, Map.of());
        Files.delete(base);
    }

    private void password() throws Exception {
        Path base = small("base.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("mat-khau");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(base));
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve("password.xlsx"))) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(base);
    }

    private void macro() throws IOException {
        Path base = small("base.xlsx");
        String types;
        String rels;
        try (ZipFile zip = new ZipFile(base.toFile())) {
            types = new String(zip.getInputStream(zip.getEntry("[Content_Types].xml"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            rels = new String(zip.getInputStream(zip.getEntry("xl/_rels/workbook.xml.rels"))
                    .readAllBytes(), StandardCharsets.UTF_8);
        }
        types = types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                + ".main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd"
                        + ".ms-office.vbaProject\"/></Types>");
        rels = rels.replace("</Relationships>", "<Relationship Id=\"rIdVba\" Type=\"http://"
                + "schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\""
                + "vbaProject.bin\"/></Relationships>");
        rewrite(base, dir.resolve("macro.xlsm"), Map.of("[Content_Types].xml",
                types.getBytes(StandardCharsets.UTF_8), "xl/_rels/workbook.xml.rels",
                rels.getBytes(StandardCharsets.UTF_8)), 6, Map.of("xl/vbaProject.bin",
                "Sub AutoOpen(): Shell \"calc\": End Sub".getBytes(StandardCharsets.US_ASCII)));
        Files.delete(base);
    }
}
