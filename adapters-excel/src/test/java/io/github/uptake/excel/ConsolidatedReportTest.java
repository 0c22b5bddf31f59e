package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportStore;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import io.github.uptake.testing.VietnamUnits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ConsolidatedReportTest {
    private static final ConsolidatedReport.Header HEADER = new ConsolidatedReport.Header(
            "UBND TỈNH LONG AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: 125/BC-STTTT", "Long An",
            LocalDate.of(2020, 8, 17), "ứng dụng Bluezone");
    private static final TargetRules RULES =
            TargetRules.of(TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT));

    private static Snapshot snapshot(HierarchyVersion v, ReportStore store, LocalDate day,
                                     List<Denominator> dens) {
        return RollUp.of(v, Segment.RESIDENTS, dens, RULES, RollUpPolicy.defaults())
                .snapshot(store.latestCounts(v, Segment.RESIDENTS, day, 3));
    }

    private static Report report(String code, LocalDate day, long count) {
        return new Report(code, Segment.RESIDENTS, day, count, Instant.parse("2020-08-15T08:00:00Z"),
                "clerk", null);
    }

    @Test
    void theReportHasTheOfficialHeaderOneSheetPerLevelAndNumbersThatCompute() throws Exception {
        ReportStore store = new InMemoryReportStore();
        LocalDate day = Fixture.DAY;
        store.submit(report("27685", day.minusDays(1), 7_000));
        store.submit(report("27685", day, 8_000));
        store.submit(report("27688", day, 9_000));
        store.submit(report("27787", day, 100));
        Snapshot today = snapshot(Fixture.TREE, store, day, Fixture.DENOMINATORS);
        Snapshot yesterday = snapshot(Fixture.TREE, store, day.minusDays(1), Fixture.DENOMINATORS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsolidatedReport.write(today, yesterday, "80", HEADER, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(2, wb.getNumberOfSheets());
            XSSFSheet districts = wb.getSheet("Huyện, thị xã, thành phố");
            XSSFSheet communes = wb.getSheet("Xã, phường, thị trấn");
            assertEquals("UBND TỈNH LONG AN", text(districts, 0, 0));
            assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text(districts, 0, 5));
            assertEquals("Độc lập - Tự do - Hạnh phúc", text(districts, 1, 5));
            assertEquals("Long An, ngày 17 tháng 8 năm 2020", text(districts, 2, 5));
            assertEquals("BÁO CÁO KẾT QUẢ CÀI ĐẶT ỨNG DỤNG BLUEZONE – TỈNH LONG AN",
                    text(districts, 4, 0));
            assertEquals("Tính đến ngày 15 tháng 8 năm 2020", text(districts, 5, 0));
            int head = 7;
            assertEquals("Số người cài đặt", text(districts, head, 3));
            Row tanAn = districts.getRow(head + 1);
            assertEquals("794", tanAn.getCell(1).getStringCellValue());
            assertEquals(17_000, tanAn.getCell(3).getNumericCellValue());
            assertEquals(34_987, tanAn.getCell(4).getNumericCellValue());
            assertEquals(0.4859, tanAn.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals("Chưa đạt", tanAn.getCell(6).getStringCellValue());
            assertEquals(IndexedColors.ROSE.getIndex(),
                    tanAn.getCell(6).getCellStyle().getFillForegroundColor());
            assertEquals(3_993, tanAn.getCell(7).getNumericCellValue(), "ceil(0,6 x 34.987) - 17.000");
            assertEquals(10_000, tanAn.getCell(8).getNumericCellValue(), "change since yesterday");
            assertEquals(1, tanAn.getCell(9).getNumericCellValue(), "rank");
            assertEquals("1 đơn vị chưa báo cáo", tanAn.getCell(10).getStringCellValue());
            Row total = districts.getRow(head + 3);
            assertEquals(CellType.FORMULA, total.getCell(3).getCellType());
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            assertEquals(17_100, eval.evaluate(total.getCell(3)).getNumberValue());
            assertEquals(17_100.0 / 45_987, eval.evaluate(total.getCell(5)).getNumberValue(), 1e-12);
            assertEquals("#,##0", tanAn.getCell(3).getCellStyle().getDataFormatString());
            assertEquals("0.00%", tanAn.getCell(5).getCellStyle().getDataFormatString());
            // communes grouped under their districts, with a subtotal per district
            assertEquals("Thành phố Tân An", text(communes, head + 1, 2));
            assertEquals("Phường 5", text(communes, head + 2, 2));
            assertEquals("Chưa báo cáo", text(communes, head + 4, 10));
            assertEquals("Cộng Thành phố Tân An", text(communes, head + 5, 2));
            assertEquals(17_000, eval.evaluate(communes.getRow(head + 5).getCell(3))
                    .getNumberValue());
            assertEquals(head + 1, districts.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(districts.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, districts.getPrintSetup().getPaperSize());
        }
    }

    @Test
    void textFromUsersNeverStartsAFormula() throws Exception {
        HierarchyVersion v = HierarchyVersion.builder("territorial", Fixture.DAY)
                .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh"))
                .add(Unit.of("1", UnitKind.DISTRICT, "=HYPERLINK(\"http://x\",\"click\")"), "80")
                .add(Unit.of("2", UnitKind.DISTRICT, "@SUM(A1)"), "80")
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsolidatedReport.write(snapshot(v, new InMemoryReportStore(), Fixture.DAY, List.of()), null,
                "80", HEADER, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = wb.getSheetAt(0);
            Cell name = s.getRow(8).getCell(2);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals("'=HYPERLINK(\"http://x\",\"click\")", name.getStringCellValue());
            assertEquals("'@SUM(A1)", s.getRow(9).getCell(2).getStringCellValue());
        }
    }

    @Test
    void aNationalReportStreamsEveryCommune() throws Exception {
        HierarchyVersion v = VietnamUnits.tree2020();
        ReportStore store = new InMemoryReportStore();
        List<Report> batch = new ArrayList<>();
        for (int leaf : v.leafOrdinals()) {
            batch.add(report(v.unitAt(leaf).code(), Fixture.DAY, leaf));
        }
        store.submitAll(batch);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsolidatedReport.write(snapshot(v, store, Fixture.DAY, List.of()), null,
                VietnamUnits.COUNTRY, HEADER, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(3, wb.getNumberOfSheets());
            XSSFSheet communes = wb.getSheetAt(2);
            // 10.614 communes + 707 group headings + 707 subtotals + the header block and total
            int rows = communes.getLastRowNum();
            assertTrue(rows > 10_614 + 700, "rows: " + rows);
        }
    }

    private static String text(XSSFSheet s, int row, int col) {
        return s.getRow(row).getCell(col).getStringCellValue();
    }
}
