package io.github.uptake.excel;

import io.github.uptake.model.Denominator;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A small part of Long An for the Excel tests, and helpers to make and fill workbooks. */
final class Fixture {
    static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    static final Instant NOW = Instant.parse("2020-08-15T08:30:00Z");
    static final HierarchyVersion TREE = HierarchyVersion.builder(Hierarchy.TERRITORIAL,
                    LocalDate.of(2020, 6, 1))
            .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"))
            .add(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"), "80")
            .add(Unit.of("27685", UnitKind.COMMUNE, "Phường 5"), "794")
            .add(Unit.of("27688", UnitKind.COMMUNE, "Phường 2"), "794")
            .add(Unit.of("27691", UnitKind.COMMUNE, "Phường 4"), "794")
            .add(Unit.of("795", UnitKind.DISTRICT, "Thị xã Kiến Tường"), "80")
            .add(Unit.of("27787", UnitKind.COMMUNE, "Phường 1"), "795")
            .add(Unit.of("27790", UnitKind.COMMUNE, "Phường 2"), "795")
            .build();
    static final List<Denominator> DENOMINATORS = List.of(
            den("27685", 12_269), den("27688", 13_718), den("27691", 9_000),
            den("27787", 5_000), den("27790", 6_000));

    private Fixture() {
    }

    private static Denominator den(String code, long n) {
        return new Denominator(code, Segment.RESIDENTS, n, "census-2019", LocalDate.of(2019, 4, 1));
    }

    static ImportContext context() {
        return ImportContext.of(TREE, DENOMINATORS, "clerk@794", NOW);
    }

    /** Writes the template of a unit into a file. */
    static Path template(Path dir, String unit, LocalDate day) throws IOException {
        Path file = dir.resolve("mau-" + unit + "-" + day + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new ExcelTemplates(ExcelOptions.defaults()).write(TREE, unit, day,
                    List.of(Segment.RESIDENTS), DENOMINATORS, out);
        }
        return file;
    }

    /**
     * Fills a template as a clerk would: puts counts (numbers, or text when given as strings) in
     * the count column of the rows of the given codes, recomputes the formulas, saves it.
     */
    static Path fill(Path template, Path out, Map<String, Object> counts) throws IOException {
        try (InputStream in = Files.newInputStream(template);
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(ExcelTemplates.DATA_SHEET);
            for (Row row : sheet) {
                Cell code = row.getCell(1);
                if (code == null || row.getRowNum() < ExcelTemplates.HEADER_ROW) {
                    continue;
                }
                Object v = counts.get(code.getStringCellValue());
                if (v instanceof Number n) {
                    row.getCell(4).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.getCell(4).setCellValue(v.toString());
                }
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }
}
