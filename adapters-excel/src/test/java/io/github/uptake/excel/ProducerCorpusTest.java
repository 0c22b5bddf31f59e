package io.github.uptake.excel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import io.github.uptake.testing.VietnamUnits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every workbook of the producer corpus ({@code src/test/resources/producers}, written by openpyxl,
 * XlsxWriter, exceljs and LibreOffice: see {@code src/test/producers/make-corpus.sh}) imports with
 * exactly the outcome its {@code manifest.tsv} line gives: for {@code ACCEPT}, exactly the listed
 * (unit, count) figures, all as of the day, and the listed warnings; for {@code REJECT}, nothing,
 * and the listed errors at their places (no other error unless the line ends with {@code +more}).
 * Every problem has both messages and names the file.
 *
 * <p>The files are imported against the real tree of 15/8/2020 and the 2019 census populations of
 * Long An's communes (segment residents).
 */
class ProducerCorpusTest {
    private static final Instant NOW = Instant.parse("2020-08-19T09:00:00Z");
    private static final String CENSUS = "population_2019census_longan_communes.csv";
    private static HierarchyVersion tree;
    private static List<Denominator> census;

    @TestFactory
    Stream<DynamicTest> everyProducersFileGivesItsTrueOutcome() throws IOException,
            URISyntaxException {
        Path dir = Path.of(ProducerCorpusTest.class.getResource("/producers/manifest.tsv").toURI())
                .getParent();
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalStateException("manifest line needs 4 fields: " + line);
            }
            tests.add(DynamicTest.dynamicTest(f[0] + " (" + f[1] + ")",
                    () -> check(dir.resolve(f[0]), f[2], f[3])));
        }
        return tests.stream();
    }

    private static synchronized HierarchyVersion tree() {
        if (tree == null) {
            tree = VietnamUnits.tree2020();
        }
        return tree;
    }

    /** The 2019 census population of each Long An commune, as residents' denominators. */
    private static synchronized List<Denominator> census(Path dir) {
        if (census == null) {
            List<Denominator> list = new ArrayList<>();
            try {
                List<String> lines = Files.readAllLines(dir.resolve(CENSUS), StandardCharsets.UTF_8);
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split(",", -1);
                    list.add(new Denominator(f[0], Segment.RESIDENTS, Long.parseLong(f[4]),
                            "census-2019", LocalDate.of(2019, 4, 1)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            census = List.copyOf(list);
        }
        return census;
    }

    private static void check(Path file, String options, String expected) {
        String name = file.getFileName().toString();
        ImportContext ctx = ImportContext.of(tree(), census(file.getParent()), "clerk", NOW);
        ExcelOptions opts = ExcelOptions.defaults();
        LocalDate day = null;
        for (String o : options.split(";")) {
            if (o.startsWith("asOf=")) {
                day = LocalDate.parse(o.substring(5));
                ctx = ctx.asOf(day);
            } else if (o.startsWith("from=")) {
                ctx = ctx.from(o.substring(5));
            } else if (o.startsWith("maxRows=")) {
                opts = opts.withMaxRows(Integer.parseInt(o.substring(8)));
            } else if (o.equals("strict")) {
                ctx = ctx.strict(true);
            } else {
                throw new IllegalStateException(name + ": unknown option " + o);
            }
        }
        long start = System.nanoTime();
        Validated<Submission> v = new ExcelImporter(opts).read(file, ctx);
        assertTrue(System.nanoTime() - start < 30_000_000_000L, name + ": bounded time");

        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Problem p : v.problems()) {
            (p.blocking() ? errors : warnings).add(p.code() + "@" + where(p));
        }
        String found = " (errors " + errors + ", warnings " + warnings + ")";
        List<String> failures = new ArrayList<>();
        List<String> tokens = tokens(expected);
        if (tokens.get(0).equals("ACCEPT")) {
            if (!v.isValid()) {
                fail(name + ": must be accepted" + found + "; problems: " + v.problems());
            }
            List<String> want = new ArrayList<>(List.of(tokens.get(1).split(",")));
            List<String> got = new ArrayList<>();
            for (Report r : v.value().reports()) {
                got.add(r.unitCode() + "=" + r.count());
                if (!r.asOf().equals(day)) {
                    failures.add("report " + r.unitCode() + " as of " + r.asOf() + ", not " + day);
                }
            }
            List<String> missing = minus(want, got);
            List<String> extra = minus(got, want);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                failures.add("stored figures differ: missing " + missing + ", not expected "
                        + extra);
            }
            if (ctx.reportingUnit() != null && !expected.contains("unit.code-was-number")) {
                // codes typed as text need no reporting unit: `uptake import` with --date alone
                Validated<Submission> alone = new ExcelImporter(opts).read(file,
                        ctx.from(null));
                List<String> gotAlone = new ArrayList<>();
                alone.toOptional().ifPresent(s -> s.reports().forEach(r -> gotAlone.add(
                        r.unitCode() + "=" + r.count())));
                if (!alone.isValid() || !minus(want, gotAlone).isEmpty()
                        || !minus(gotAlone, want).isEmpty()) {
                    failures.add("without the reporting unit: " + alone.problems() + ", stored "
                            + gotAlone);
                }
            }
            for (String w : tokens.subList(2, tokens.size())) {
                if (!w.startsWith("warning:")) {
                    throw new IllegalStateException(name + ": bad token " + w);
                }
                if (!warnings.contains(w.substring(8))) {
                    failures.add("missing warning " + w.substring(8));
                }
            }
        } else if (tokens.get(0).equals("REJECT")) {
            assertFalse(v.isValid(), name + ": must be rejected" + found);
            assertTrue(v.toOptional().isEmpty(), name + ": nothing may be accepted");
            List<String> want = new ArrayList<>(tokens.subList(1, tokens.size()));
            boolean more = want.remove("+more");
            List<String> missing = minus(want, errors);
            if (!missing.isEmpty()) {
                failures.add("missing errors " + missing);
            }
            List<String> extra = minus(errors, want);
            if (!more && !extra.isEmpty()) {
                failures.add("errors not expected " + extra);
            }
        } else {
            throw new IllegalStateException(name + ": expected must start ACCEPT or REJECT");
        }
        for (Problem p : v.problems()) {
            if (p.messageVi().isBlank() || p.messageEn().isBlank()) {
                failures.add("blank message: " + p);
            }
            if (!p.location().file().equals(Optional.of(name))) {
                failures.add("problem not located in the file: " + p.code() + " at "
                        + p.location());
            }
        }
        if (!failures.isEmpty()) {
            fail(name + ": " + String.join("; ", failures) + found);
        }
    }

    /** Splits on spaces, except inside single quotes (sheet names may hold spaces). */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (char c : s.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ' ' && !quoted) {
                if (!b.isEmpty()) {
                    out.add(b.toString());
                    b.setLength(0);
                }
            } else {
                b.append(c);
            }
        }
        if (!b.isEmpty()) {
            out.add(b.toString());
        }
        return out;
    }

    /** The elements of a not matched one for one in b (multiset difference). */
    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(b);
        List<String> out = new ArrayList<>();
        for (String s : a) {
            if (!rest.remove(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static String where(Problem p) {
        if (p.location().sheet().isEmpty()) {
            return "file";
        }
        return "'" + p.location().sheet().get() + "'" + p.location().cell().map(c -> "!" + c)
                .orElse("");
    }
}
