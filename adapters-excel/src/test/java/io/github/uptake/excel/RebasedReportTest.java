package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.Fraction;
import io.github.uptake.history.RebasedSeries;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.model.TargetRule;
import io.github.uptake.model.TargetRules;
import io.github.uptake.model.Threshold;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The re-based report: what went where, what is estimated, and through which crosswalk. */
class RebasedReportTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final ConsolidatedReport.Header HEADER = new ConsolidatedReport.Header(
            "UBND TỈNH TÂY NINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "", "Tây Ninh",
            LocalDate.of(2026, 11, 27), "ứng dụng Bluezone");

    private static final HierarchyVersion OLD = HierarchyVersion.builder("territorial",
                    LocalDate.of(2020, 6, 1))
            .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Long An"))
            .add(Unit.of("27688", UnitKind.COMMUNE, "Phường 2"), "80")
            .add(Unit.of("27694", UnitKind.COMMUNE, "Phường 1"), "80")
            .add(Unit.of("28006", UnitKind.COMMUNE, "Xã Tân Hòa"), "80").build();
    private static final HierarchyVersion NEW = HierarchyVersion.builder("territorial", REFORM)
            .root(Unit.of("80", UnitKind.PROVINCE, "Tỉnh Tây Ninh").withValidity(REFORM, null))
            .add(Unit.of("27694", UnitKind.COMMUNE, "Phường Long An").withValidity(REFORM, null),
                    "80")
            .add(Unit.of("28003", UnitKind.COMMUNE, "Xã Lương Hòa").withValidity(REFORM, null), "80")
            .add(Unit.of("29000", UnitKind.COMMUNE, "Xã Khác").withValidity(REFORM, null), "80")
            .build();

    @Test
    void theReportListsTheUnitsThatHoldFiguresMarksTheEstimatedOnesAndNamesTheCrosswalk()
            throws Exception {
        Crosswalk cw = Crosswalk.validate(OLD, NEW, List.of(
                Crosswalk.Piece.full("27688", "27694"), Crosswalk.Piece.full("27694", "27694"),
                Crosswalk.Piece.partial("28006", "27694", Fraction.of(1, 4)),
                Crosswalk.Piece.partial("28006", "28003", Fraction.of(3, 4))), Set.of(),
                "dvhcvn/20250701 (unofficial)").value();
        DailyCounts.Builder b = DailyCounts.builder(OLD, DAY, DAY);
        b.put("27688", DAY, 1_700);
        b.put("27694", DAY, 1_160);
        b.put("28006", DAY, 171);
        Series s = RollUp.of(OLD, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults()).series(b.build(), DAY, DAY);
        RebasedSeries counts = RebasedSeries.of(s, cw);
        RebasedSeries dens = RebasedSeries.ofFigures(cw, DAY, Map.of("27688", 17_093L,
                "27694", 11_658L, "28006", 1_710L));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RebasedReport.write(counts, dens, DAY, "Tỉnh Long An", HEADER, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheet("Theo địa giới mới");
            assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", sheet.getRow(0).getCell(5)
                    .getStringCellValue());
            assertEquals("BÁO CÁO KẾT QUẢ CÀI ĐẶT ỨNG DỤNG BLUEZONE – TỈNH LONG AN THEO ĐỊA GIỚI"
                    + " TỪ NGÀY 01 THÁNG 7 NĂM 2025", sheet.getRow(4).getCell(0)
                    .getStringCellValue());
            assertEquals("Tính đến ngày 15 tháng 8 năm 2020", sheet.getRow(5).getCell(0)
                    .getStringCellValue());
            int head = 7;
            assertEquals("Phần ước tính", sheet.getRow(head).getCell(6).getStringCellValue());
            Row root = sheet.getRow(head + 1);
            assertEquals("80", root.getCell(1).getStringCellValue());
            assertEquals(3_031, root.getCell(3).getNumericCellValue(), "the total, kept");
            assertEquals(30_461, root.getCell(4).getNumericCellValue());
            assertEquals(171.0 / 3_031, root.getCell(6).getNumericCellValue(), 1e-4);
            assertEquals("≈ có phần ước tính", root.getCell(7).getStringCellValue());
            Row longAn = sheet.getRow(head + 2);
            assertEquals("  Phường Long An", longAn.getCell(2).getStringCellValue());
            assertEquals(2_903, longAn.getCell(3).getNumericCellValue(), "1.700 + 1.160 + 42,75");
            Row luongHoa = sheet.getRow(head + 3);
            assertEquals(128, luongHoa.getCell(3).getNumericCellValue(), "128,25");
            assertEquals(1.0, luongHoa.getCell(6).getNumericCellValue(), "all of it estimated");
            assertEquals(IndexedColors.LIGHT_YELLOW.getIndex(),
                    luongHoa.getCell(7).getCellStyle().getFillForegroundColor());
            assertEquals(CellType.NUMERIC, luongHoa.getCell(3).getCellType());
            assertEquals(2_903 + 128, root.getCell(3).getNumericCellValue(),
                    "the parent is the sum of its children");
            assertTrue(sheet.getRow(head + 4) == null
                    || sheet.getRow(head + 4).getCell(1) == null, "Xã Khác holds nothing");
            String notes = sheet.getRow(head + 5).getCell(0).getStringCellValue();
            assertTrue(notes.contains("theo địa giới từ ngày 01 tháng 6 năm 2020, tính lại theo"
                    + " địa giới từ ngày 01 tháng 7 năm 2025 qua bảng chuyển đổi: dvhcvn/20250701"
                    + " (unofficial)."), notes);
        }
    }

    @Test
    void denominatorsOnAnotherVersionAreRefused() {
        Crosswalk cw = Crosswalk.validate(OLD, NEW, List.of(
                Crosswalk.Piece.full("27688", "27694"), Crosswalk.Piece.full("27694", "27694"),
                Crosswalk.Piece.full("28006", "28003")), Set.of(), "test").value();
        DailyCounts.Builder b = DailyCounts.builder(OLD, DAY, DAY);
        Series s = RollUp.of(OLD, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults()).series(b.build(), DAY, DAY);
        RebasedSeries onOld = RebasedSeries.ofFigures(Crosswalk.identity(OLD), DAY, Map.of());
        assertThrows(IllegalArgumentException.class, () -> RebasedReport.write(
                RebasedSeries.of(s, cw), onOld, DAY, "x", HEADER, new ByteArrayOutputStream()));
    }

    @Test
    void ratesKeepTheRuleAgainstTheTargetMissingDenominatorsAreADashAndItAsksToBeRecalculated()
            throws Exception {
        Crosswalk cw = Crosswalk.validate(OLD, NEW, List.of(
                Crosswalk.Piece.full("27688", "27694"), Crosswalk.Piece.full("27694", "27694"),
                Crosswalk.Piece.full("28006", "28003")), Set.of(), "test").value();
        DailyCounts.Builder b = DailyCounts.builder(OLD, DAY, DAY);
        b.put("27688", DAY, 30_000);
        b.put("27694", DAY, 29_996);
        b.put("28006", DAY, 171);
        Series s = RollUp.of(OLD, Segment.RESIDENTS, List.of(), TargetRules.none(),
                RollUpPolicy.defaults()).series(b.build(), DAY, DAY);
        // 59.996 of 100.000 in Phường Long An; Tân Hòa (now in Lương Hòa) has no denominator
        RebasedSeries dens = RebasedSeries.ofFigures(cw, DAY, Map.of("27688", 50_000L,
                "27694", 50_000L));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RebasedReport.write(RebasedSeries.of(s, cw), dens, TargetRules.of(TargetRule.of(
                Segment.RESIDENTS, Threshold.SIXTY_PERCENT)), Segment.RESIDENTS, DAY,
                "Tỉnh Long An", HEADER, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertTrue(wb.getForceFormulaRecalculation());
            XSSFSheet sheet = wb.getSheet("Theo địa giới mới");
            DataFormatter f = new DataFormatter(java.util.Locale.US);
            Row longAn = sheet.getRow(9);
            assertEquals("27694", longAn.getCell(1).getStringCellValue());
            assertEquals("59.99%", f.formatCellValue(longAn.getCell(5)),
                    "59,996% against 60% never shows 60,00%");
            Row luongHoa = sheet.getRow(10);
            assertEquals("28003", luongHoa.getCell(1).getStringCellValue());
            assertEquals("–", f.formatCellValue(luongHoa.getCell(4)));
            assertEquals("–", f.formatCellValue(luongHoa.getCell(5)));
        }
    }
}
