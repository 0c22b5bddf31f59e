package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Report;
import io.github.uptake.model.Submission;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formula results a program stored without calculating are never taken: Apache POI writes 0 as
 * every formula's result and no calculation properties, so such a workbook's formulas are computed;
 * a workbook that was calculated keeps its stored results.
 */
class FormulaCellsTest {
    @TempDir
    Path dir;

    private Path write(Workbook wb, String name) throws IOException {
        Path file = dir.resolve(name);
        Sheet s = wb.createSheet("BC");
        Row head = s.createRow(0);
        head.createCell(0).setCellValue("Mã đơn vị");
        head.createCell(1).setCellValue("Android");
        head.createCell(2).setCellValue("iOS");
        head.createCell(3).setCellValue("Số người đã cài đặt");
        String[] codes = {"27685", "27688", "27691"};
        for (int i = 0; i < codes.length; i++) {
            Row r = s.createRow(i + 1);
            r.createCell(0).setCellValue(codes[i]);
            r.createCell(1).setCellValue(100 * (i + 1));
            r.createCell(2).setCellValue(7 + i);
            r.createCell(3).setCellFormula("B" + (i + 2) + "+C" + (i + 2));
        }
        Row total = s.createRow(4);
        total.createCell(0).setCellValue("Tổng cộng");
        total.createCell(3).setCellFormula("SUM(D2:D4)");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private static Map<String, Long> imported(Path file) {
        Validated<Submission> v = new ExcelImporter(ExcelOptions.defaults()).read(file,
                Fixture.context().asOf(Fixture.DAY));
        assertTrue(v.isValid(), v.problems().toString());
        return v.value().reports().stream().collect(Collectors.toMap(Report::unitCode,
                Report::count));
    }

    @Test
    void streamedPoiWorkbooksHaveTheirFormulasComputed() throws IOException {
        Path file = write(new SXSSFWorkbook(10), "sxssf.xlsx");
        assertEquals(Map.of("27685", 107L, "27688", 208L, "27691", 309L), imported(file));
    }

    @Test
    void poiWorkbooksWithoutEvaluationHaveTheirFormulasComputed() throws IOException {
        Path file = write(new XSSFWorkbook(), "xssf.xlsx");
        assertEquals(Map.of("27685", 107L, "27688", 208L, "27691", 309L), imported(file));
    }
}
