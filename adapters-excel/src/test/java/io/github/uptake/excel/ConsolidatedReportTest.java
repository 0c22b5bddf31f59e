package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.format.UptakeFormat;
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
import io.github.uptake.rollup.LatestCounts;
import io.github.uptake.rollup.NodeResult;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Snapshot;
import io.github.uptake.testing.PropertyCheck;
import io.github.uptake.testing.VietnamUnits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolidatedReportTest {
    @TempDir
    Path dir;
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
        return Report.of(code, Segment.RESIDENTS, day, count, Instant.parse("2020-08-15T08:00:00Z"),
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
            assertEquals(0.3718, eval.evaluate(total.getCell(5)).getNumberValue(), 1e-12,
                    "17.100 / 45.987 = 37,18%, rounded as every output rounds it");
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

    @Test
    void everyFormulaStoresItsCorrectResultAndTheWorkbookAsksToBeRecalculated() throws Exception {
        ReportStore store = new InMemoryReportStore();
        LocalDate day = Fixture.DAY;
        store.submit(report("27685", day, 8_000));
        store.submit(report("27688", day, 9_000));
        store.submit(report("27787", day, 100));
        store.submit(report("27790", day, 2_345));
        Snapshot today = snapshot(Fixture.TREE, store, day, Fixture.DENOMINATORS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsolidatedReport.write(today, null, "80", HEADER, out);
        Path file = dir.resolve("bao-cao.xlsx");
        Files.write(file, out.toByteArray());
        int formulas = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertTrue(wb.getForceFormulaRecalculation(), "asks to be recalculated on opening");
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        // what a reader that takes stored results sees: the importer's path
                        CellValue stored = FormulaCells.ofXls(c, null);
                        CellValue computed = FormulaCells.ofXls(c, eval);
                        assertEquals(computed, stored, () -> sheet.getSheetName() + "!"
                                + c.getAddress() + " =" + c.getCellFormula());
                    }
                }
            }
            XSSFSheet districts = wb.getSheet("Huyện, thị xã, thành phố");
            Row total = districts.getRow(10);
            assertEquals("TỔNG CỘNG", total.getCell(2).getStringCellValue());
            assertEquals(19_445, FormulaCells.ofXls(total.getCell(3), null).number());
            assertEquals(45_987, FormulaCells.ofXls(total.getCell(4), null).number());
            assertEquals(0.4228, FormulaCells.ofXls(total.getCell(5), null).number(), 1e-12);
            XSSFSheet communes = wb.getSheet("Xã, phường, thị trấn");
            assertEquals("Cộng Thành phố Tân An", text(communes, 12, 2));
            assertEquals(17_000, FormulaCells.ofXls(communes.getRow(12).getCell(3), null)
                    .number());
        }
        assertEquals(3 * (1 + 2 + 1), formulas, "count, denominator and rate of every total");
        // the importer's own reader, which recalculates a workbook that asks for it
        try (WorkbookReader reader = WorkbookReader.open(file, ExcelOptions.defaults())) {
            List<Double> totals = new ArrayList<>();
            reader.read("Huyện, thị xã, thành phố", (r, cells) -> {
                if (r == 10) {
                    cells.stream().filter(CellValue::isNumber).forEach(v -> totals.add(v.number()));
                }
                return true;
            });
            assertEquals(List.of(19_445.0, 45_987.0, 0.4228), totals);
        }
    }

    @Test
    void aRateBelowItsTargetNeverDisplaysAsReachingItInAnyRowOrTotalStoredOrRecalculated() {
        int cases = PropertyCheck.forAll(ConsolidatedReportTest::nearThresholds)
                .cases(200)
                .check("xlsx-rate-below-target-never-reads-as-reaching-it", c -> {
                    Snapshot snap = RollUp.of(c.tree(), Segment.RESIDENTS, c.denominators(),
                            TargetRules.of(TargetRule.of(Segment.RESIDENTS, c.target())),
                            RollUpPolicy.defaults()).snapshot(c.latest());
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try {
                        ConsolidatedReport.write(snap, null, "P", HEADER, out);
                        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
                                out.toByteArray()))) {
                            checkRates(wb, snap, c.target());
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        if (cases >= 100) {
            assertTrue(CAPPED.get() > 0, "some rates below their target would have rounded up"
                    + " to it: the rule was put to the test");
        }
    }

    /** How many rates the rule kept below their target that half-up would have rounded to it. */
    private static final java.util.concurrent.atomic.AtomicInteger CAPPED =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Checks that every rate cell of a consolidated report, a unit's or a total's, shows what
     * {@link UptakeFormat} prints for it (stored result and recalculated alike), and that a rate
     * below the target shows less than the target.
     */
    private static void checkRates(XSSFWorkbook wb, Snapshot snap, Threshold target) {
        DataFormatter stored = new DataFormatter(Locale.US);
        stored.setUseCachedValuesForFormulaCells(true);
        DataFormatter computed = new DataFormatter(Locale.US);
        FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
        HierarchyVersion v = snap.version();
        int checked = 0;
        for (int s = 0; s < 2; s++) {
            XSSFSheet sheet = wb.getSheetAt(s);
            for (int r = 8; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(5) == null) {
                    continue;
                }
                String code = row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue();
                String label = row.getCell(2).getStringCellValue();
                NodeResult n;
                if (!code.isEmpty()) {
                    n = snap.node(code);
                } else if (label.equals("TỔNG CỘNG")) {
                    n = snap.node("P");
                } else {
                    String name = label.substring("Cộng ".length());
                    n = snap.nodes().stream().filter(x -> x.unit().name().equals(name))
                            .findFirst().orElseThrow();
                }
                long den = n.denominator().orElseThrow().count();
                String expected = UptakeFormat.english().percent(n.count(), den, target);
                Cell rate = row.getCell(5);
                String where = sheet.getSheetName() + "!" + rate.getAddress() + " " + n.code()
                        + " " + n.count() + "/" + den + " against " + target;
                assertEquals(expected, stored.formatCellValue(rate), where + " (stored)");
                assertEquals(expected, computed.formatCellValue(rate, eval),
                        where + " (recalculated)");
                if (!target.isMetBy(n.count(), den) && UptakeFormat.hundredthsOfPercent(
                        n.count(), den) * target.denominator() >= target.numerator() * 10_000) {
                    CAPPED.incrementAndGet();
                }
                if (!target.isMetBy(n.count(), den)) {
                    assertTrue(new java.math.BigDecimal(expected.replace("%", ""))
                            .movePointRight(2).longValue() * target.denominator()
                            < target.numerator() * 10_000, where + " reads as reaching it");
                }
                checked++;
            }
        }
        int communes = v.leafOrdinals().length;
        int districts = v.size() - 1 - communes;
        assertEquals(districts + 1 + communes + districts + 1, checked,
                "every unit row, every subtotal and both totals");
    }

    /**
     * A province P over districts over communes, with denominators on the communes and counts
     * near the target (a few people either side of it) or near a rounding boundary, against 60%,
     * 100%, 10% or a random target.
     */
    record NearThreshold(HierarchyVersion tree, List<Denominator> denominators,
                         LatestCounts latest, Threshold target) {
    }

    static NearThreshold nearThresholds(SplittableRandom rnd) {
        Threshold[] common = {Threshold.SIXTY_PERCENT, Threshold.ALL, Threshold.percent(10)};
        Threshold target = rnd.nextInt(4) < 3 ? common[rnd.nextInt(common.length)]
                : Threshold.of(1 + rnd.nextInt(999), 1_000 + rnd.nextInt(3));
        LocalDate day = Fixture.DAY;
        HierarchyVersion.Builder b = HierarchyVersion.builder("territorial", day.minusDays(30))
                .root(Unit.of("P", UnitKind.PROVINCE, "Tỉnh"));
        List<Denominator> dens = new ArrayList<>();
        List<String[]> counts = new ArrayList<>();
        int districts = 1 + rnd.nextInt(3);
        for (int d = 1; d <= districts; d++) {
            b.add(Unit.of("D" + d, UnitKind.DISTRICT, "Huyện " + d), "P");
            int communes = 1 + rnd.nextInt(4);
            for (int c = 1; c <= communes; c++) {
                String code = "C" + d + "-" + c;
                b.add(Unit.of(code, UnitKind.COMMUNE, "Xã " + d + "-" + c), "D" + d);
                long den = rnd.nextBoolean() ? 100_000 : 1 + rnd.nextLong(2_000_000);
                long count = switch (rnd.nextInt(3)) {
                    // a few people either side of the target
                    case 0 -> target.requiredCount(den) + rnd.nextLong(-3, 3);
                    // just below or at a half-hundredth of a percent: where rounding goes up
                    case 1 -> (den * (2 * (target.requiredCount(10_000) - rnd.nextLong(0, 2))
                            - 1) + 19_999) / 20_000 + rnd.nextLong(-2, 2);
                    default -> rnd.nextLong(0, den + 1);
                };
                counts.add(new String[] {code, Long.toString(Math.max(0, count))});
                dens.add(new Denominator(code, Segment.RESIDENTS, den, "census-2019",
                        LocalDate.of(2019, 4, 1)));
            }
        }
        HierarchyVersion tree = b.build();
        LatestCounts.Builder latest = LatestCounts.builder(tree, day);
        for (String[] c : counts) {
            latest.offer(c[0], day, Long.parseLong(c[1]));
        }
        return new NearThreshold(tree, dens, latest.build(), target);
    }

    @Test
    void aMissingFigureOrDenominatorShowsADashNeverZero() throws Exception {
        ReportStore store = new InMemoryReportStore();
        LocalDate day = Fixture.DAY;
        store.submit(report("27685", day, 8_000));
        store.submit(report("27688", day, 9_000));
        // 27691 and the whole of Kiến Tường (795) sent nothing; 27790 has no denominator
        List<Denominator> dens = Fixture.DENOMINATORS.stream()
                .filter(d -> !d.unitCode().equals("27790")).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsolidatedReport.write(snapshot(Fixture.TREE, store, day, dens), null, "80", HEADER,
                out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            DataFormatter f = new DataFormatter(Locale.US);
            f.setUseCachedValuesForFormulaCells(true);
            XSSFSheet communes = wb.getSheet("Xã, phường, thị trấn");
            Row phuong4 = communes.getRow(11);
            assertEquals("27691", phuong4.getCell(1).getStringCellValue());
            assertEquals("–", f.formatCellValue(phuong4.getCell(3)), "no figure");
            assertEquals("9,000", f.formatCellValue(phuong4.getCell(4)));
            assertEquals("–", f.formatCellValue(phuong4.getCell(5)), "no rate without a figure");
            assertEquals("Không có số", f.formatCellValue(phuong4.getCell(6)));
            Row kienTuong = communes.getRow(13);
            assertEquals("Thị xã Kiến Tường", kienTuong.getCell(2).getStringCellValue());
            Row phuong2 = communes.getRow(15);
            assertEquals("27790", phuong2.getCell(1).getStringCellValue());
            assertEquals("–", f.formatCellValue(phuong2.getCell(3)));
            assertEquals("–", f.formatCellValue(phuong2.getCell(4)), "no denominator");
            Row subtotal = communes.getRow(16);
            assertEquals("Cộng Thị xã Kiến Tường", subtotal.getCell(2).getStringCellValue());
            assertEquals("–", f.formatCellValue(subtotal.getCell(3)), "nothing reported");
            assertEquals("5,000", f.formatCellValue(subtotal.getCell(4)), "the one denominator");
            assertEquals("–", f.formatCellValue(subtotal.getCell(5)));
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            DataFormatter g = new DataFormatter(Locale.US);
            assertEquals("–", g.formatCellValue(subtotal.getCell(3), eval), "recalculated too");
            XSSFSheet districts = wb.getSheet("Huyện, thị xã, thành phố");
            Row kt = districts.getRow(9);
            assertEquals("795", kt.getCell(1).getStringCellValue());
            assertEquals("–", f.formatCellValue(kt.getCell(3)));
            assertEquals("Chưa báo cáo", kt.getCell(10).getStringCellValue());
            // the province's total: a partial rate over the districts that have a denominator
            Row total = districts.getRow(10);
            assertEquals("17,000", f.formatCellValue(total.getCell(3)));
            assertEquals("34,987", f.formatCellValue(total.getCell(4)));
            assertEquals("48.59%*", f.formatCellValue(total.getCell(5)));
            assertEquals("48.59%*", g.formatCellValue(total.getCell(5), eval));
        }
    }

    @Test
    void parentsOwnFiguresAreMarkedWhereUsedAndListedUsedOrSetAside() throws Exception {
        ReportStore store = new InMemoryReportStore();
        LocalDate day = Fixture.DAY;
        // Tân An's communes report; Kiến Tường's stopped, the town sends only its own total
        store.submit(report("27685", day, 8_000));
        store.submit(report("27688", day, 9_000));
        store.submit(report("27691", day, 1_000));
        store.submit(report("794", day, 18_500));
        store.submit(report("795", day, 3_210));
        for (RollUpPolicy.ParentFigure choice : RollUpPolicy.ParentFigure.values()) {
            Snapshot snap = RollUp.of(Fixture.TREE, Segment.RESIDENTS, Fixture.DENOMINATORS,
                    RULES, RollUpPolicy.defaults().withParentFigure(choice))
                    .snapshot(store.latestCounts(Fixture.TREE, Segment.RESIDENTS, day, 3));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ConsolidatedReport.write(snap, null, "80", HEADER, out);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                XSSFSheet districts = wb.getSheet("Huyện, thị xã, thành phố");
                XSSFSheet notes = wb.getSheet(ConsolidatedReport.NOTES_SHEET);
                Row tanAn = districts.getRow(8);
                Row kienTuong = districts.getRow(9);
                String all = sheetText(notes);
                assertTrue(all.contains("794") && all.contains("Thành phố Tân An")
                        && all.contains("795"), all);
                switch (choice) {
                    case CHILDREN_SUM -> {
                        assertEquals(18_000, tanAn.getCell(3).getNumericCellValue());
                        assertEquals("–", kienTuong.getCell(3).getStringCellValue());
                        assertTrue(tanAn.getCell(10).getStringCellValue().contains(
                                "Số riêng của đơn vị (18.500) không dùng"), choice.name());
                        assertTrue(all.contains("tổng các đơn vị trực thuộc; số riêng"), all);
                    }
                    case OWN_FIGURE -> {
                        assertEquals(18_500, tanAn.getCell(3).getNumericCellValue());
                        assertEquals(IndexedColors.LIGHT_TURQUOISE.getIndex(),
                                tanAn.getCell(3).getCellStyle().getFillForegroundColor());
                        assertEquals(3_210, kienTuong.getCell(3).getNumericCellValue());
                    }
                    case OWN_WHEN_CHILDREN_MISSING -> {
                        assertEquals(18_000, tanAn.getCell(3).getNumericCellValue(),
                                "its communes report: their sum");
                        assertEquals(3_210, kienTuong.getCell(3).getNumericCellValue(),
                                "its communes stopped: its own total");
                        assertEquals(IndexedColors.LIGHT_TURQUOISE.getIndex(),
                                kienTuong.getCell(3).getCellStyle().getFillForegroundColor());
                        assertTrue(kienTuong.getCell(10).getStringCellValue().startsWith(
                                "Số riêng của đơn vị (3.210) được dùng"), kienTuong.getCell(10)
                                .getStringCellValue());
                        assertEquals(21_210, FormulaCells.ofXls(districts.getRow(10).getCell(3),
                                null).number(), "the total holds the district's own figure");
                        assertTrue(sheetText(districts).contains("Ô tô màu: số của chính đơn vị"
                                + " cấp trên"), "the legend");
                    }
                    default -> throw new AssertionError(choice);
                }
            }
        }
    }

    @Test
    void aUnitWithoutADenominatorShowsThePartialRateMarkedAndTheFindingNamesTheUnitsWithout()
            throws Exception {
        ReportStore store = new InMemoryReportStore();
        LocalDate day = Fixture.DAY;
        store.submit(report("27685", day, 8_000));
        store.submit(report("27688", day, 9_000));
        store.submit(report("27691", day, 1_000));
        List<Denominator> dens = Fixture.DENOMINATORS.stream()
                .filter(d -> !d.unitCode().equals("27691")).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsolidatedReport.write(snapshot(Fixture.TREE, store, day, dens), null, "80", HEADER,
                out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            DataFormatter f = new DataFormatter(Locale.US);
            f.setUseCachedValuesForFormulaCells(true);
            Row tanAn = wb.getSheet("Huyện, thị xã, thành phố").getRow(8);
            assertEquals("–", f.formatCellValue(tanAn.getCell(4)));
            assertEquals("65.42%*", f.formatCellValue(tanAn.getCell(5)), "17.000 / 25.987");
            assertTrue(tanAn.getCell(10).getStringCellValue().contains(
                    "* tỷ lệ trên các đơn vị có mẫu số (17.000 / 25.987); 1 đơn vị chưa có mẫu số"),
                    tanAn.getCell(10).getStringCellValue());
            String notes = sheetText(wb.getSheet(ConsolidatedReport.NOTES_SHEET));
            assertTrue(notes.contains("27691 Phường 4"), notes);
        }
    }

    private static String sheetText(XSSFSheet s) {
        StringBuilder b = new StringBuilder();
        DataFormatter f = new DataFormatter(Locale.US);
        f.setUseCachedValuesForFormulaCells(true);
        for (Row row : s) {
            for (Cell c : row) {
                b.append(f.formatCellValue(c)).append('\t');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String text(XSSFSheet s, int row, int col) {
        return s.getRow(row).getCell(col).getStringCellValue();
    }
}
