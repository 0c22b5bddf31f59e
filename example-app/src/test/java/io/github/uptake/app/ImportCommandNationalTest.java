package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uptake import} on the national units ({@code uptake load vn-admin}, loaded once, about
 * 4 s, and copied for each case): the producer corpus's files of Hà Nội's Quận Ba Đình, and the
 * field case of ward codes typed as numbers ({@code cases/05-leading-zeros-hanoi}).
 */
class ImportCommandNationalTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    private static final Path CASE = Databases.EXCEL_TESTS.resolve("cases")
            .resolve("05-leading-zeros-hanoi");
    @TempDir
    static Path dir;
    private static Path national;
    private static final AtomicInteger NEXT = new AtomicInteger();
    private final AppRun app = new AppRun();

    @BeforeAll
    static void nationalDatabase() {
        national = Databases.make(dir, "national", "load", "vn-admin");
    }

    private static Path fresh() throws Exception {
        return Databases.copy(national, dir, "db-" + NEXT.incrementAndGet());
    }

    /**
     * The Ba Đình files: codes typed as numbers, imported with {@code --unit 001} as their
     * manifest says (without a reporting unit they are refused: see below), and codes that could be
     * a province, a district or a ward, refused without one.
     */
    @TestFactory
    Stream<DynamicTest> theBaDinhWorkbooksGetTheirManifestOutcome() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ProducerManifest.Entry e : ProducerManifest.entries()) {
            if (!e.national()) {
                continue;
            }
            List<String> extra = new ArrayList<>();
            if (e.options().containsKey("from")) {
                extra.addAll(List.of("--unit", e.options().get("from")));
            }
            tests.add(DynamicTest.dynamicTest(e.toString(), () -> ProducerManifest.check(e,
                    fresh(), extra.toArray(String[]::new))));
        }
        return tests.stream();
    }

    @Test
    void wardCodesTypedAsNumbersAreStoredUnderTheirFiveDigitCodesWithTheReportingUnit()
            throws Exception {
        Path db = fresh();
        Path file = CASE.resolve("ba-dinh_numeric-codes.xlsx");
        assertEquals(0, app.run("import", "--db", db.toString(), "--date", DAY.toString(),
                "--unit", "001", file.toString()), app.err());
        Map<String, Long> stored = Databases.figures(db, DAY);
        assertFalse(stored.isEmpty());
        for (String code : stored.keySet()) {
            assertTrue(code.length() == 5 && code.startsWith("000"), "a ward of Ba Đình: " + code);
        }
        assertTrue(stored.containsKey("00001") && stored.containsKey("00010"), stored.toString());
        long warned = app.out().lines().filter(l -> l.contains(": cảnh báo: ")).count();
        assertEquals(stored.size(), warned, "a warning for each padded code:\n" + app.out());
        assertTrue(app.out().contains("'Ba Đình'!B4: cảnh báo: "), app.out());
    }

    @Test
    void withoutTheReportingUnitTheyAreRefusedWithTheCandidatesAndNeverStoredAsAProvince()
            throws Exception {
        for (String name : new String[] {"ba-dinh_numeric-codes.xlsx",
            "ba-dinh_numeric-codes_some-wards.xlsx"}) {
            Path db = fresh();
            String before = Databases.stored(db);
            assertEquals(2, app.run("import", "--db", db.toString(), "--date", DAY.toString(),
                    "--lang", "en", CASE.resolve(name).toString()), app.out());
            assertEquals(before, Databases.stored(db), name + ": nothing stored");
            assertEquals(Map.of(), Databases.figures(db, DAY));
            String err = app.err();
            assertTrue(err.contains(name + ": rejected, nothing stored"), err);
            assertTrue(err.contains("10 (Tỉnh Lào Cai), 00010 (Phường Nguyễn Trung Trực)"), err);
            assertTrue(err.contains("give the reporting unit (--unit)"), err);
        }
        Path db = fresh();
        assertEquals(0, app.run("import", "--db", db.toString(), "--date", DAY.toString(),
                "--unit", "001", CASE.resolve("ba-dinh_numeric-codes_some-wards.xlsx")
                        .toString()), app.err());
        Map<String, Long> stored = Databases.figures(db, DAY);
        assertTrue(stored.keySet().stream().allMatch(c -> c.startsWith("000")), stored.toString());
        assertFalse(stored.containsKey("10") || stored.containsKey("22"), "never a province");
    }
}
