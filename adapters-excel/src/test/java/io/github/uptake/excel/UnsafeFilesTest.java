package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Submission;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A file refused for a DOCTYPE or XML entities names the part that holds it and prints nothing to
 * the terminal (no parser or POI line on standard error), and a refused file leaves no temporary
 * file behind.
 */
class UnsafeFilesTest {

    private static Path producers() throws URISyntaxException {
        return Path.of(UnsafeFilesTest.class.getResource("/producers/manifest.tsv").toURI())
                .getParent();
    }

    @Test
    void aDoctypeIsRefusedNamingItsPartAndNothingIsPrinted() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(producers())) {
            files = s.filter(p -> p.getFileName().toString().startsWith("x9-unsafe-xml")).toList();
        }
        files = new java.util.ArrayList<>(files);
        files.add(Path.of(getClass().getResource("/corpus/entity-expansion.xlsx").toURI()));
        assertTrue(files.size() >= 4, files.toString());
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try {
            System.setErr(capture);
            System.setOut(capture);
            for (Path f : files) {
                Validated<Submission> v = new ExcelImporter(ExcelOptions.defaults()).read(f,
                        Fixture.context().asOf(Fixture.DAY));
                assertFalse(v.isValid());
                Problem p = v.problems().get(0);
                assertEquals("file.unsafe-xml", p.code(), f + ": " + v.problems());
                String part = p.location().field().orElse("");
                assertTrue(part.matches("/?xl/.*\\.xml"), p.location().toString());
                assertTrue(p.messageEn().contains(part), p.messageEn());
            }
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void coreDocumentPropertiesPoiRefusesLeaveNoCopyBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (Stream<Path> s = Files.list(tmp)) {
            before = s.filter(p -> p.getFileName().toString().startsWith("uptake-")).count();
        }
        try (Stream<Path> s = Files.list(producers())) {
            for (Path f : s.filter(p -> p.getFileName().toString().startsWith("w-")).toList()) {
                assertTrue(new ExcelImporter(ExcelOptions.defaults()).read(f, Fixture.context()
                        .asOf(Fixture.DAY).reading(io.github.uptake.model.Segment.RESIDENTS,
                                ColumnMapping.defaults())).problems().stream()
                        .noneMatch(p -> p.code().startsWith("file.")), f.toString());
            }
        }
        long after;
        try (Stream<Path> s = Files.list(tmp)) {
            after = s.filter(p -> p.getFileName().toString().startsWith("uptake-")).count();
        }
        assertEquals(before, after);
    }
}
