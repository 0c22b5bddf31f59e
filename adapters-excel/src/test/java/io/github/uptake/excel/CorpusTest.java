package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Submission;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of the corpus ({@code src/test/resources/corpus}, made by {@link CorpusGenerator})
 * imports with exactly the problems its manifest lists, each at its place; a file with an error is
 * never accepted.
 */
class CorpusTest {

    @TestFactory
    Stream<DynamicTest> everyFileGivesExactlyItsProblems() throws IOException, URISyntaxException {
        Path dir = Path.of(CorpusTest.class.getResource("/corpus/corpus.tsv").toURI()).getParent();
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("corpus.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            tests.add(DynamicTest.dynamicTest(f[0], () -> check(dir.resolve(f[0]), f[1], f[2])));
        }
        return tests.stream();
    }

    private static void check(Path file, String options, String expected) {
        ImportContext ctx = Fixture.context();
        ExcelOptions opts = ExcelOptions.defaults();
        for (String o : options.split(";")) {
            if (o.startsWith("asOf=")) {
                ctx = ctx.asOf(LocalDate.parse(o.substring(5)));
            } else if (o.startsWith("from=")) {
                ctx = ctx.from(o.substring(5));
            } else if (o.startsWith("maxRows=")) {
                opts = opts.withMaxRows(Integer.parseInt(o.substring(8)));
            }
        }
        long start = System.nanoTime();
        Validated<Submission> v = new ExcelImporter(opts).read(file, ctx);
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "bounded time");
        List<String> found = new ArrayList<>();
        for (Problem p : v.problems()) {
            found.add(p.code() + "@" + where(p));
        }
        List<String> wanted = new ArrayList<>(List.of(expected.split(" ")));
        if (wanted.get(0).equals("ACCEPT")) {
            assertTrue(v.isValid(), file + ": " + v.problems());
            assertEquals(Integer.parseInt(wanted.get(1)), v.value().reports().size());
            wanted = wanted.subList(2, wanted.size());
        } else {
            assertTrue(!v.isValid(), file + " must be rejected");
        }
        assertEquals(wanted, found, file.getFileName().toString());
        for (Problem p : v.problems()) {
            assertTrue(!p.messageVi().isBlank() && !p.messageEn().isBlank());
            assertEquals(Optional.of(file.getFileName().toString()), p.location().file());
        }
    }

    private static String where(Problem p) {
        if (p.location().sheet().isEmpty()) {
            return "file";
        }
        return "'" + p.location().sheet().get() + "'" + p.location().cell().map(c -> "!" + c)
                .orElse("");
    }
}
