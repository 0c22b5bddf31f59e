package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Submission;
import io.github.uptake.problem.Validated;
import io.github.uptake.testing.VietnamUnits;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sheets a newcomer made to break the importer ({@code src/test/resources/trial}, see its
 * README) each get exactly the outcome of {@code manifest.tsv}: every figure stored, or every
 * error at its cell. Imported for 19/8/2020 against the national tree, with no reporting unit.
 */
class TrialCorpusTest {
    private static HierarchyVersion tree;

    @BeforeAll
    static void load() {
        tree = VietnamUnits.tree2020();
    }

    @TestFactory
    Stream<DynamicTest> everyTrialSheetGetsItsCheckedOutcome() throws IOException,
            URISyntaxException {
        Path dir = Path.of(getClass().getResource("/trial/manifest.tsv").toURI()).getParent();
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            tests.add(DynamicTest.dynamicTest(f[0], () -> assertEquals(f[1],
                    outcome(dir.resolve(f[0])), f[0])));
        }
        return tests.stream();
    }

    private static String outcome(Path file) {
        ImportContext ctx = ImportContext.of(tree, List.of(), "clerk",
                Instant.parse("2020-08-19T09:00:00Z")).asOf(LocalDate.of(2020, 8, 19));
        Validated<Submission> v = new ExcelImporter(ExcelOptions.defaults()).read(file, ctx);
        if (v.isValid()) {
            return "ACCEPT " + v.value().reports().stream().map(r -> r.unitCode() + "="
                    + r.count()).collect(Collectors.joining(","));
        }
        return "REJECT " + v.problems().stream().filter(p -> p.blocking()).map(p -> p.code() + "@"
                + p.location().cell().orElse("file"))
                .collect(Collectors.joining(" "));
    }
}
