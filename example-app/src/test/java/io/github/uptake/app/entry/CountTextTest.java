package io.github.uptake.app.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.excel.ExcelImporter;
import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.excel.ImportContext;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Submission;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts as clerks type them: what is read, what is refused and how, as the import does. */
class CountTextTest {
    private static final Location AT = Location.field("count[27694]");
    private static final String UNIT = "27694 Phường 1";

    /** Texts read as counts, with the count each writes. */
    private static final Map<String, Long> ACCEPTED = new LinkedHashMap<>();
    /** Texts refused, with the problem code of each. */
    private static final Map<String, String> REFUSED = new LinkedHashMap<>();

    static {
        ACCEPTED.put("1234", 1234L);
        ACCEPTED.put("1.234", 1234L);
        ACCEPTED.put("1 234", 1234L);
        ACCEPTED.put("1\u00a0234", 1234L);
        ACCEPTED.put("1\u202f234", 1234L);
        ACCEPTED.put("1,234", 1234L);
        ACCEPTED.put("1.234.567", 1_234_567L);
        ACCEPTED.put("1 234 567", 1_234_567L);
        ACCEPTED.put("12.345.678.901", 12_345_678_901L);
        ACCEPTED.put("0", 0L);
        ACCEPTED.put("007", 7L);
        ACCEPTED.put("  42 ", 42L);
        ACCEPTED.put("1000000000000", 1_000_000_000_000L);
        ACCEPTED.put("1.000.000.000.000", 1_000_000_000_000L);
        REFUSED.put("1,5", "count.fraction");
        REFUSED.put("1.5", "count.fraction");
        REFUSED.put("1.23", "count.fraction");
        REFUSED.put("1.2345", "count.fraction");
        REFUSED.put("-3", "count.negative");
        REFUSED.put("\u22123", "count.negative");
        REFUSED.put("- 3", "count.negative");
        REFUSED.put("-1,5", "count.negative");
        REFUSED.put("abc", "count.not-a-number");
        REFUSED.put("12e3", "count.not-a-number");
        REFUSED.put("+3", "count.not-a-number");
        REFUSED.put("1.234,5", "count.not-a-number");
        REFUSED.put("12.34.567", "count.not-a-number");
        REFUSED.put("1  234", "count.not-a-number");
        REFUSED.put("١٢٣", "count.not-a-number");
        REFUSED.put("1000000000001", "count.too-large");
        REFUSED.put("1.000.000.000.001", "count.too-large");
        REFUSED.put("99999999999999999999999", "count.too-large");
    }

    @Test
    void everyAcceptedFormReadsAsTheNumberItWrites() {
        ACCEPTED.forEach((text, count) -> {
            Validated<Long> r = CountText.read(text, AT, UNIT);
            assertTrue(r.isValid(), text + ": " + r);
            assertEquals(count, r.value(), text);
            assertTrue(r.problems().isEmpty(), text);
        });
    }

    @Test
    void theWordNguoiAfterTheNumberIsAccepted() {
        assertEquals(1234L, CountText.read("1234 người", AT, UNIT).value());
        assertEquals(1234L, CountText.read("1.234 NGƯỜI", AT, UNIT).value());
        assertEquals(1234L, CountText.read("1234người", AT, UNIT).value());
        assertEquals(1234L, CountText.read("1 234 nguoi", AT, UNIT).value());
        // decomposed (NFD) Vietnamese, as some keyboards send it
        assertEquals(1234L, CountText.read("1234 ngu\u031bo\u031b\u0300i", AT, UNIT).value());
        assertEquals("count.not-a-number", CountText.read("người", AT, UNIT).problems().get(0)
                .code());
        assertEquals("count.negative", CountText.read("-5 người", AT, UNIT).problems().get(0)
                .code());
    }

    @Test
    void eachRefusalIsOneErrorAtTheFieldNamingTheUnitAndTheText() {
        REFUSED.forEach((text, code) -> {
            Validated<Long> r = CountText.read(text, AT, UNIT);
            assertFalse(r.isValid(), text);
            assertEquals(1, r.problems().size(), text);
            Problem p = r.problems().get(0);
            assertEquals(code, p.code(), text);
            assertTrue(p.blocking(), text);
            assertEquals(AT, p.location(), text);
            assertEquals(text, p.rawValue(), text);
            assertTrue(p.messageVi().startsWith(UNIT + ": "), p.messageVi());
            assertTrue(p.messageEn().startsWith(UNIT + ": "), p.messageEn());
        });
        Problem fraction = CountText.read("1,5", AT, UNIT).problems().get(0);
        assertEquals("27694 Phường 1: \"1,5\" không phải là số nguyên; số người phải là số"
                + " nguyên, ví dụ 1234 hoặc 1.234 (dấu chấm ngăn cách hàng nghìn).",
                fraction.messageVi());
        assertEquals("27694 Phường 1: \"1,5\" is not a whole number; a number of people is"
                + " whole, for example 1234 or 1.234 (a dot between thousands).",
                fraction.messageEn());
    }

    /**
     * The import reads the same texts in a workbook's cells the same way: the same counts, the same
     * problem codes. The one difference is the word "người", which only typed entry accepts.
     */
    @Test
    void theExcelImportReadsEveryFormAlike(@TempDir Path dir) throws Exception {
        HierarchyVersion v = DemoStores.DEMO.territorial();
        List<String> accepted = new ArrayList<>(ACCEPTED.keySet());
        Map<String, Object> imported = importTexts(dir.resolve("accepted.xlsx"), v, accepted);
        for (String text : accepted) {
            assertEquals(ACCEPTED.get(text), imported.get(text), "the import of '" + text + "'");
        }
        List<String> refused = new ArrayList<>(REFUSED.keySet());
        refused.add("1234 người");
        imported = importTexts(dir.resolve("refused.xlsx"), v, refused);
        for (String text : REFUSED.keySet()) {
            assertEquals(REFUSED.get(text), imported.get(text), "the import of '" + text + "'");
        }
        assertEquals("count.not-a-number", imported.get("1234 người"),
                "the import does not accept the word người; typed entry does");
    }

    /**
     * Imports a sheet with one commune per text, the text in its count cell; returns each text's
     * count, or the code of the error at its cell.
     */
    private static Map<String, Object> importTexts(Path file, HierarchyVersion v,
                                                   List<String> texts) throws Exception {
        List<String> communes = new ArrayList<>();
        for (int o = 0; o < v.size() && communes.size() < texts.size(); o++) {
            if (v.isLeafAt(o)) {
                communes.add(v.unitAt(o).code());
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Sheet1");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã đơn vị");
            header.createCell(1).setCellValue("Số người đã cài đặt");
            for (int i = 0; i < texts.size(); i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(communes.get(i));
                row.createCell(1).setCellValue(texts.get(i));
            }
            wb.write(out);
        }
        Validated<Submission> s = new ExcelImporter(ExcelOptions.defaults()).read(file,
                ImportContext.of(v, List.of(), "test", Instant.parse("2020-08-19T09:00:00Z"))
                        .asOf(DemoStores.DAY));
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String cell = "B" + (i + 2);
            String code = communes.get(i);
            for (Problem p : s.problems()) {
                if (p.blocking() && p.location().cell().orElse("").equals(cell)) {
                    out.put(texts.get(i), p.code());
                }
            }
            if (s.isValid()) {
                for (Report r : s.value().reports()) {
                    if (r.unitCode().equals(code)) {
                        out.put(texts.get(i), r.count());
                    }
                }
            }
        }
        return out;
    }
}
