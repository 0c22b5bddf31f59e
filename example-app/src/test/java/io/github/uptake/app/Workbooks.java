package io.github.uptake.app;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills Uptake templates in tests, as a clerk would. */
public final class Workbooks {
    private Workbooks() {
    }

    /**
     * Puts the same count in every unit's count cell of a template, recomputes, and saves.
     *
     * @param template  the template
     * @param out  where to save the filled workbook
     * @param count  the count
     * @return {@code out}
     * @throws Exception if reading or writing fails
     */
    public static Path fill(Path template, Path out, long count) throws Exception {
        try (InputStream in = Files.newInputStream(template);
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Báo cáo");
            for (Row row : s) {
                if (row.getRowNum() >= 5 && row.getCell(1) != null
                        && !row.getCell(1).getStringCellValue().isEmpty()) {
                    row.getCell(4).setCellValue(count);
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
