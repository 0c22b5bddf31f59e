package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.jdbc.JdbcOptions;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-CSV corpus of {@code uptake load} ({@code src/test/resources/load-corpus}, made by
 * {@code src/test/load-corpus/make-corpus.py}): every file loaded into a fresh copy of the demo or
 * national database gets the outcome its {@code manifest.tsv} gives. A refused file exits 2,
 * prints each expected problem at its line and column, and leaves every table as it was (read
 * back row by row count); a stored file exits 0 and stores exactly its figures, denominators or
 * units (read back).
 */
class LoadCommandCorpusTest {
    static final Path DIR = Path.of("src", "test", "resources", "load-corpus");
    private static final LocalDate DAY = LocalDate.of(2020, 8, 19);
    @TempDir
    static Path dir;
    private static final Map<String, Path> TEMPLATES = new TreeMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    /**
     * One file of the corpus.
     *
     * @param file  the file
     * @param kind  units, denominators, reports or crosswalk
     * @param db  demo or national
     * @param options  more options
     * @param accept  true if it must be stored
     * @param expected  what is stored (fig:, den:, ver:) or where the problems are (LINE[:COL])
     * @param says  a fragment of the output, or null
     */
    record Entry(String file, String kind, String db, List<String> options, boolean accept,
                 List<String> expected, String says) {
        @Override
        public String toString() {
            return file + " (" + kind + ", " + db + ")";
        }
    }

    static List<Entry> entries() {
        List<String> lines;
        try {
            lines = Files.readAllLines(DIR.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertEquals(6, f.length, line);
            List<String> expected = List.of(f[4].split(" "));
            out.add(new Entry(f[0], f[1], f[2], f[3].equals("-") ? List.of()
                    : List.of(f[3].split(" ")), expected.get(0).equals("ACCEPT"),
                    expected.subList(1, expected.size()), f[5].equals("-") ? null : f[5]));
        }
        return out;
    }

    private static synchronized Path fresh(String db) throws Exception {
        Path template = TEMPLATES.computeIfAbsent(db, d -> d.equals("demo")
                ? Databases.make(dir, "demo", "demo") : Databases.make(dir, "national", "load",
                "vn-admin"));
        return Databases.copy(template, dir, "db-" + NEXT.incrementAndGet());
    }

    @TestFactory
    Stream<DynamicTest> everyFileGetsItsOutcome() {
        List<Entry> entries = entries();
        assertTrue(entries.size() >= 50, "the corpus has " + entries.size() + " files");
        return entries.stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> check(e)));
    }

    private static void check(Entry e) throws Exception {
        Path db = fresh(e.db());
        List<String> args = new ArrayList<>(List.of("load", e.kind(),
                DIR.resolve(e.file()).toString(), "--db", db.toString(), "--lang", "en"));
        args.addAll(e.options());
        Map<String, Long> before = tables(db);
        AppRun app = new AppRun();
        int code = app.run(args.toArray(String[]::new));
        String said = "\n" + String.join(" ", args) + "\nout:\n" + app.out() + "err:\n"
                + app.err();
        if (e.accept()) {
            assertEquals(0, code, e + " must be stored" + said);
            Map<String, Long> figures = new TreeMap<>();
            Map<String, Long> denominators = new TreeMap<>();
            for (String x : e.expected()) {
                String[] kv = x.substring(4).split("=");
                if (x.startsWith("fig:")) {
                    figures.put(kv[0], Long.parseLong(kv[1]));
                } else if (x.startsWith("den:")) {
                    denominators.put(kv[0], Long.parseLong(kv[1]));
                } else if (x.startsWith("ver:")) {
                    String[] version = kv[0].split("@");
                    assertEquals(Integer.parseInt(kv[1]), storage(db).referenceStore()
                            .hierarchy(version[0]).orElseThrow().versionOn(LocalDate.parse(
                                    version[1])).orElseThrow().units().size(), said);
                }
            }
            assertEquals(figures, Databases.figures(db, DAY), e + ": exactly its figures"
                    + said);
            Map<String, Long> stored = new TreeMap<>();
            for (Denominator d : storage(db).referenceStore().denominators(Segment.RESIDENTS)) {
                if (d.source().equals("corpus")) {
                    stored.put(d.unitCode(), d.count());
                }
            }
            assertEquals(denominators, stored, e + ": exactly its denominators" + said);
            if (e.says() != null) {
                assertTrue(app.out().contains(e.says()), e + ": says " + e.says() + said);
            }
        } else {
            assertEquals(2, code, e + " must be refused" + said);
            assertTrue(app.err().contains(e.file() + ": rejected, nothing stored"), said);
            for (String where : e.expected()) {
                String[] p = where.split(":");
                String at = e.file() + ": line " + p[0] + ": " + (p.length > 1 ? p[1] + ": " : "");
                assertTrue(app.err().contains(at), e + ": a problem at " + at + said);
            }
            if (e.says() != null) {
                assertTrue(app.err().contains(e.says()), e + ": says " + e.says() + said);
            }
            assertEquals(before, tables(db), e + ": nothing stored" + said);
        }
    }

    private static JdbcStorage storage(Path db) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + db.toAbsolutePath());
        ds.setUser("sa");
        ds.setPassword("");
        return JdbcStorage.open(ds, JdbcOptions.defaults());
    }

    /** Returns the number of rows of every table of the database. */
    static Map<String, Long> tables(Path db) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + db.toAbsolutePath());
        ds.setUser("sa");
        ds.setPassword("");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'UPTAKE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String t : names) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM UPTAKE.\"" + t + "\"")) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        assertTrue(out.size() > 5, "the tables: " + out);
        return out;
    }
}
