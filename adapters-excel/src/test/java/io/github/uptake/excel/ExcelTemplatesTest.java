package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.problem.Validated;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void aTemplateListsTheUnitsLockedWithTheCountsOpenAndItsIdentityHiddenAndSigned()
            throws Exception {
        Path file = Fixture.template(dir, "794", Fixture.DAY);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of(ExcelTemplates.INSTRUCTIONS_SHEET, ExcelTemplates.DATA_SHEET,
                    ExcelTemplates.LOOKUP_SHEET, TemplateMetadata.SHEET),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2),
                            wb.getSheetName(3)));
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(2));
            assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(3));
            XSSFSheet data = wb.getSheet(ExcelTemplates.DATA_SHEET);
            assertTrue(data.getProtect(), "fixed cells are protected");
            assertEquals("Đơn vị báo cáo: Thành phố Tân An (mã 794)",
                    data.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Số liệu tính đến ngày: 15/08/2020",
                    data.getRow(2).getCell(0).getStringCellValue());
            List<String> codes = List.of("27685", "27688", "27691");
            for (int i = 0; i < codes.size(); i++) {
                var row = data.getRow(ExcelTemplates.HEADER_ROW + i);
                assertEquals(codes.get(i), row.getCell(1).getStringCellValue());
                assertTrue(row.getCell(1).getCellStyle().getLocked());
                assertTrue(row.getCell(3).getCellStyle().getLocked(), "denominator locked");
                assertFalse(row.getCell(4).getCellStyle().getLocked(), "count open");
            }
            assertEquals(12_269, data.getRow(ExcelTemplates.HEADER_ROW).getCell(3)
                    .getNumericCellValue());
            assertEquals("Tổng cộng", data.getRow(ExcelTemplates.HEADER_ROW + 3).getCell(2)
                    .getStringCellValue());
            List<? extends DataValidation> validations = data.getDataValidations();
            assertEquals(2, validations.size());
            assertTrue(validations.stream().anyMatch(v -> v.getValidationConstraint()
                    .getFormula1().contains(ExcelTemplates.LOOKUP_SHEET)), "codes from the lookup");
            assertTrue(validations.stream().anyMatch(v -> "0".equals(v.getValidationConstraint()
                    .getFormula1())), "whole numbers from 0");
        }
    }

    @Test
    void aTemplateFilledWithPoiImportsAsTheSameReports() throws Exception {
        Path filled = Fixture.fill(Fixture.template(dir, "794", Fixture.DAY),
                dir.resolve("filled.xlsx"), Map.of("27685", 1_234, "27688", "2.345"));
        Validated<Submission> v = new ExcelImporter(ExcelOptions.defaults())
                .read(filled, Fixture.context().asOf(Fixture.DAY));
        assertTrue(v.isValid(), v.problems().toString());
        // 27691 is listed without a figure: nothing is stored for it, and the import says so
        assertEquals(List.of("unit.no-figure@E8"), v.problems().stream()
                .map(p -> p.code() + "@" + p.location().cell().orElse("(no cell)")).toList());
        Submission s = v.value();
        assertEquals(List.of(
                Report.of("27685", Segment.RESIDENTS, Fixture.DAY, 1_234, Fixture.NOW, "clerk@794",
                        "filled.xlsx!'Báo cáo'!E6"),
                Report.of("27688", Segment.RESIDENTS, Fixture.DAY, 2_345, Fixture.NOW, "clerk@794",
                        "filled.xlsx!'Báo cáo'!E7")), s.reports());
        assertEquals("filled.xlsx", s.source());
        assertTrue(s.id().startsWith("xlsx-"));
    }

    @Test
    void aTemplateForAProvinceListsItsCommunes() throws Exception {
        Path file = Fixture.template(dir, "80", Fixture.DAY);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet lookup = wb.getSheet(ExcelTemplates.LOOKUP_SHEET);
            assertEquals(5, lookup.getPhysicalNumberOfRows());
            assertEquals("Phường 1", lookup.getRow(3).getCell(1).getStringCellValue());
        }
    }
}
