package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Submission;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import io.github.uptake.testing.VietnamUnits;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The field cases of Excel intake ({@code src/test/resources/cases}, copied from the shared cases
 * with the outcome each must get): sheets that were once stored with wrong figures and exit 0.
 * District Đức Huệ (801) has 11 communes whose figures in these inputs total 8.793.
 */
class FieldCasesTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    private static final Instant NOW = Instant.parse("2020-08-19T09:00:00Z");
    private static HierarchyVersion tree;

    @BeforeAll
    static void load() {
        tree = VietnamUnits.tree2020();
    }

    private static Path file(String name) throws URISyntaxException {
        return Path.of(FieldCasesTest.class.getResource("/cases/" + name).toURI());
    }

    private static ImportOutcome read(String name, String unit) throws URISyntaxException {
        ImportContext ctx = ImportContext.of(tree, List.of(), "clerk", NOW).asOf(DAY);
        return new ExcelImporter(ExcelOptions.defaults()).importFile(file(name),
                unit == null ? ctx : ctx.from(unit));
    }

    private static void communesOfDucHue(Validated<Submission> v) {
        assertTrue(v.isValid(), v.problems().toString());
        List<Report> reports = v.value().reports();
        assertEquals(11, reports.size());
        assertEquals(8_793, reports.stream().mapToLong(Report::count).sum());
        int district = tree.ordinal("801");
        for (Report r : reports) {
            int o = tree.ordinal(r.unitCode());
            assertTrue(o > district && o < tree.subtreeEnd(district), r.unitCode());
            assertEquals(DAY, r.asOf());
        }
    }

    @Test
    void formulasWithoutStoredResultsAreComputed() throws URISyntaxException {
        ImportOutcome o = read("01-formula-no-cached-value-openpyxl/duc-hue_19-8_formula-openpyxl"
                + ".xlsx", null);
        communesOfDucHue(o.result());
        assertTrue(o.result().value().reports().stream().allMatch(r -> r.count() > 0));
    }

    @Test
    void aHiddenSheetWithYesterdaysFiguresIsNeverRead() throws URISyntaxException {
        ImportOutcome o = read("03-hidden-sheet-first/duc-hue_hidden-yesterday-sheet.xlsx", null);
        communesOfDucHue(o.result());
        assertEquals("19-8", o.sheet().orElseThrow());
    }

    @Test
    void ofTwoVisibleDaySheetsTheOneNamedForTheDayIsRead() throws URISyntaxException {
        ImportOutcome o = read("03-hidden-sheet-first/duc-hue_two-visible-day-sheets.xlsx", null);
        communesOfDucHue(o.result());
        assertEquals("19-8", o.sheet().orElseThrow());
    }

    @Test
    void codesThatLostTheirZerosGoToTheWardsOfTheReportingUnit() throws URISyntaxException {
        for (String name : List.of("ba-dinh_numeric-codes.xlsx",
                "ba-dinh_numeric-codes_some-wards.xlsx")) {
            Validated<Submission> v = read("05-leading-zeros-hanoi/" + name, "001").result();
            assertTrue(v.isValid(), v.problems().toString());
            int district = tree.ordinal("001");
            for (Report r : v.value().reports()) {
                assertEquals(5, r.unitCode().length(), r.unitCode());
                int o = tree.ordinal(r.unitCode());
                assertTrue(o > district && o < tree.subtreeEnd(district), r.unitCode());
            }
            long warned = v.problems().stream()
                    .filter(p -> p.code().equals("unit.code-was-number")).count();
            assertEquals(v.value().reports().size(), warned);
        }
    }

    @Test
    void withoutTheReportingUnitShortCodesAreRefusedWithTheirCandidates()
            throws URISyntaxException {
        for (String name : List.of("ba-dinh_numeric-codes.xlsx",
                "ba-dinh_numeric-codes_some-wards.xlsx")) {
            Validated<Submission> v = read("05-leading-zeros-hanoi/" + name, null).result();
            assertFalse(v.isValid());
            assertTrue(v.toOptional().isEmpty());
            Problem first = v.problems().stream().filter(Problem::blocking).findFirst()
                    .orElseThrow();
            assertEquals("unit.ambiguous", first.code());
            assertTrue(first.messageEn().contains("(Quận Ba Đình)")
                    || first.messageEn().matches(".*\\b000\\d\\d \\(Phường .*"), first.messageEn());
        }
        Validated<Submission> ten = read("05-leading-zeros-hanoi/"
                + "ba-dinh_numeric-codes_some-wards.xlsx", null).result();
        Problem p = ten.problems().stream().filter(x -> "10".equals(x.rawValue())).findFirst()
                .orElseThrow();
        assertTrue(p.messageEn().contains("10 (Tỉnh Lào Cai)") && p.messageEn().contains("00010"),
                p.messageEn());
    }

    @Test
    void aProvinceSheetOfDistrictTotalsStoresTheDistrictsOwnFigures() throws URISyntaxException {
        for (int day = 19; day <= 23; day++) {
            ImportContext ctx = ImportContext.of(tree, List.of(), "clerk", NOW)
                    .asOf(LocalDate.of(2020, 8, day));
            ImportOutcome o = new ExcelImporter(ExcelOptions.defaults()).importFile(file(
                    "14-district-totals-only/province_district-totals_2020-08-" + day + ".xlsx"),
                    ctx);
            Validated<Submission> v = o.result();
            assertTrue(v.isValid(), v.problems().toString());
            assertEquals(15, v.value().reports().size());
            for (Report r : v.value().reports()) {
                assertEquals("80", tree.parent(r.unitCode()).orElseThrow().code());
            }
            assertEquals(1, o.checked().size(), "the Tổng cộng row is checked");
            assertEquals(CheckedRow.Kind.TOTAL, o.checked().get(0).kind());
            assertEquals(15, o.checked().get(0).rows());
        }
    }
}
