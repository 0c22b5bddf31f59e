package io.github.uptake.excel;

import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.problem.Validated;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import io.github.uptake.testing.VietnamUnits;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The Excel adapter beside POI's own fast paths: importing a sheet of {@code rows} rows (unit code
 * and count, numbers as numbers) against parsing the same file with POI's event model, and writing
 * the national consolidated report (11.385 units) against a plain SXSSF write of as many rows and
 * columns, and importing a sheet of 10.000 counts written as formulas without a stored result (as
 * openpyxl writes them), which the importer computes with POI's formula evaluator. Forks run with a
 * 64 MB heap: passing at 100.000 rows shows the import's memory does not grow with rows beyond the
 * reports themselves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = "-Xmx64m")
public class ExcelBenchmark {
    @Param({"25000", "100000"})
    public int rows;

    /** Rows of the sheet of formulas. */
    static final int FORMULA_ROWS = 10_000;

    private Path sheet;
    private Path formulas;
    private ImportContext context;
    private Snapshot national;
    private Path out;

    /** Writes the sheet to import and rolls up the national snapshot to export. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        LocalDate day = LocalDate.of(2020, 8, 15);
        HierarchyVersion.Builder b = HierarchyVersion.builder("territorial", LocalDate.of(2020, 1, 1))
                .root(Unit.of("VN", UnitKind.of("country"), "Việt Nam"));
        for (int i = 0; i < rows; i++) {
            b.add(Unit.of(String.format("U%06d", i), UnitKind.COMMUNE, "Xã " + i), "VN");
        }
        HierarchyVersion flat = b.build();
        context = ImportContext.of(flat, List.of(), "bench", Instant.parse("2020-08-15T09:00:00Z"))
                .asOf(day);
        sheet = Files.createTempFile("uptake-bench", ".xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream os = Files.newOutputStream(sheet)) {
            Sheet s = wb.createSheet("BC");
            Row head = s.createRow(0);
            head.createCell(0).setCellValue("Mã đơn vị");
            head.createCell(1).setCellValue("Số lượng cài đặt");
            for (int i = 0; i < rows; i++) {
                Row r = s.createRow(i + 1);
                r.createCell(0).setCellValue(String.format("U%06d", i));
                r.createCell(1).setCellValue(i % 5000);
            }
            wb.write(os);
            wb.dispose();
        }
        formulas = Files.createTempFile("uptake-bench-formulas", ".xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100);
             OutputStream os = Files.newOutputStream(formulas)) {
            Sheet s = wb.createSheet("BC");
            Row head = s.createRow(0);
            head.createCell(0).setCellValue("Mã đơn vị");
            head.createCell(1).setCellValue("Android");
            head.createCell(2).setCellValue("iOS");
            head.createCell(3).setCellValue("Số người đã cài đặt");
            for (int i = 0; i < FORMULA_ROWS; i++) {
                Row r = s.createRow(i + 1);
                r.createCell(0).setCellValue(String.format("U%06d", i));
                r.createCell(1).setCellValue(i % 4000);
                r.createCell(2).setCellValue(i % 1000);
                r.createCell(3).setCellFormula("B" + (i + 2) + "+C" + (i + 2));
            }
            wb.write(os);
            wb.dispose();
        }
        HierarchyVersion v = VietnamUnits.tree2020();
        InMemoryReportStore store = new InMemoryReportStore();
        List<Report> batch = new ArrayList<>();
        for (int leaf : v.leafOrdinals()) {
            batch.add(Report.of(v.unitAt(leaf).code(), Segment.RESIDENTS, day, leaf,
                    Instant.parse("2020-08-15T09:00:00Z"), "bench", null));
        }
        store.submitAll(batch);
        national = RollUp.of(v, Segment.RESIDENTS, List.of(),
                        TargetRules.of(TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT)),
                        RollUpPolicy.defaults())
                .snapshot(store.latestCounts(v, Segment.RESIDENTS, day, 3));
        out = Files.createTempFile("uptake-bench-report", ".xlsx");
    }

    /** Imports the sheet: every row checked and turned into a report. */
    @Benchmark
    public Validated<Submission> importSheet() {
        Validated<Submission> v = new ExcelImporter(ExcelOptions.defaults()).read(sheet, context);
        if (!v.isValid() || v.value().reports().size() != rows) {
            throw new IllegalStateException("import failed: " + v.problems());
        }
        return v;
    }

    /**
     * Imports the sheet of formulas: every count computed by POI's evaluator, then checked. The
     * evaluator needs the workbook loaded whole (POI's usermodel), so this one runs in 128 MB.
     */
    @Benchmark
    @Fork(value = 2, jvmArgsAppend = "-Xmx128m")
    public Validated<Submission> importFormulas() {
        Validated<Submission> v = new ExcelImporter(ExcelOptions.defaults()).read(formulas,
                context);
        if (!v.isValid() || v.value().reports().size() != FORMULA_ROWS
                || v.value().reports().get(FORMULA_ROWS - 1).count()
                != (FORMULA_ROWS - 1) % 4000 + (FORMULA_ROWS - 1) % 1000) {
            throw new IllegalStateException("import failed: " + v.problems());
        }
        return v;
    }

    /** The baseline: POI's event model (XSSFSheetXMLHandler) over the same sheet, counting cells. */
    @Benchmark
    public int rawEventParse() throws Exception {
        int[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(sheet.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            try (InputStream in = it.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new XSSFSheetXMLHandler.SheetContentsHandler() {
                            @Override
                            public void startRow(int rowNum) {
                            }

                            @Override
                            public void endRow(int rowNum) {
                            }

                            @Override
                            public void cell(String ref, String value, XSSFComment comment) {
                                cells[0]++;
                            }
                        }, false));
                parser.parse(new InputSource(in));
            }
        }
        return cells[0];
    }

    /** Writes the national consolidated report (three sheets, 11.385 unit rows). */
    @Benchmark
    public long exportNational() throws Exception {
        try (OutputStream os = Files.newOutputStream(out)) {
            ConsolidatedReport.write(national, null, VietnamUnits.COUNTRY,
                    new ConsolidatedReport.Header("", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "", "Hà Nội",
                            LocalDate.of(2020, 8, 17), "ứng dụng Bluezone"), os);
        }
        return Files.size(out);
    }

    /** The baseline: a plain SXSSF write of as many rows (11.385 + 1.414 group rows) of 11 cells. */
    @Benchmark
    public long rawSxssfWrite() throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream os = Files.newOutputStream(out)) {
            Sheet s = wb.createSheet("raw");
            for (int i = 0; i < 11_385 + 1_414; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue(i);
                r.createCell(1).setCellValue("U" + i);
                r.createCell(2).setCellValue("Xã số " + i);
                for (int c = 3; c < 11; c++) {
                    r.createCell(c).setCellValue(i * c);
                }
            }
            wb.write(os);
            wb.dispose();
        }
        return Files.size(out);
    }
}
