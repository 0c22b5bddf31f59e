package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Long An workbook of the Excel adapter's producer corpus goes through
 * {@code uptake import FILE --date 2020-08-19} on a fresh demo database, with no other flag, and
 * gets the outcome its manifest line gives: stored with exactly its figures (read back from the
 * database), or refused with its errors at their cells and nothing stored.
 *
 * <p>Exceptions, each because the manifest's outcome is defined by an option the command has:
 * {@code strict} files get {@code --strict}; files whose outcome is a unit outside the reporting
 * unit ({@code unit.outside}) get {@code --unit} of their manifest line, since without a reporting
 * unit every unit of the province is in scope; {@code maxRows} files (a row limit the command does
 * not set) are left to the adapter's own test. The files of Hà Nội's Quận Ba Đình need the
 * national units: {@link ImportCommandNationalTest}.
 */
class ImportCommandCorpusTest {
    @TempDir
    static Path dir;
    private static Path demo;
    private static final AtomicInteger NEXT = new AtomicInteger();

    @BeforeAll
    static void demoDatabase() {
        demo = Databases.make(dir, "demo", "demo");
    }

    /** Returns the options a file gets beyond {@code --date}, as the class comment says. */
    static List<String> options(ProducerManifest.Entry e) {
        List<String> extra = new ArrayList<>();
        if (e.options().containsKey("strict")) {
            extra.add("--strict");
        }
        if (e.errors().stream().anyMatch(x -> x.startsWith("unit.outside@"))) {
            extra.addAll(List.of("--unit", e.options().get("from")));
        }
        return extra;
    }

    @TestFactory
    Stream<DynamicTest> everyLongAnWorkbookGetsItsManifestOutcomeThroughTheCommandLine() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ProducerManifest.Entry e : ProducerManifest.entries()) {
            if (e.national() || e.options().containsKey("maxRows")) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(e.toString(), () -> ProducerManifest.check(e,
                    Databases.copy(demo, dir, "db-" + NEXT.incrementAndGet()),
                    options(e).toArray(String[]::new))));
        }
        return tests.stream();
    }

    @Test
    void theCorpusIsCoveredHereOrByTheNationalTestExceptTheRowLimit() {
        int longAn = 0;
        int national = 0;
        int skipped = 0;
        for (ProducerManifest.Entry e : ProducerManifest.entries()) {
            if (e.options().containsKey("maxRows")) {
                skipped++;
            } else if (e.national()) {
                national++;
            } else {
                longAn++;
                assertTrue(options(e).isEmpty() || e.options().containsKey("strict")
                        || !e.accept(), e + ": only strict and unit.outside files get an option");
            }
        }
        assertTrue(longAn >= 120, "Long An files: " + longAn);
        assertTrue(national >= 7, "Ba Đình files: " + national);
        assertTrue(skipped <= 3, "only the row-limit files are left out: " + skipped);
    }
}
