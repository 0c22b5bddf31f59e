package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The producer corpus of the Excel adapter ({@code adapters-excel/src/test/resources/producers},
 * workbooks written by openpyxl, XlsxWriter, exceljs and LibreOffice) with the outcome its
 * {@code manifest.tsv} gives each file, and the check that {@code uptake import} gets it.
 */
final class ProducerManifest {
    /** The corpus's directory, from the example-app module. */
    static final Path DIR = Databases.EXCEL_TESTS.resolve("producers");

    private ProducerManifest() {
    }

    /**
     * One file of the corpus.
     *
     * @param file  the workbook's name
     * @param producer  what wrote it
     * @param options  its import options ({@code asOf}, {@code from}, {@code strict},
     *     {@code maxRows}), in the manifest's order
     * @param accept  true if it must be stored, false if refused
     * @param figures  for an accepted file, the figures stored (unit code to count)
     * @param warnings  for an accepted file, the warnings it must get ({@code code@where})
     * @param errors  for a refused file, the errors it must get ({@code code@where})
     */
    record Entry(String file, String producer, Map<String, String> options, boolean accept,
                 Map<String, Long> figures, List<String> warnings, List<String> errors) {

        /** Returns the workbook. */
        Path path() {
            return DIR.resolve(file);
        }

        /** Returns the day its figures are as of. */
        LocalDate day() {
            return LocalDate.parse(options.get("asOf"));
        }

        /** Returns true if it is about Quận Ba Đình of Hà Nội, which needs the national units. */
        boolean national() {
            return "001".equals(options.get("from")) || String.join(" ", errors).contains(
                    "'Ba Đình'");
        }

        @Override
        public String toString() {
            return file + " (" + producer + ")";
        }
    }

    /** Reads the manifest. */
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
            if (f.length != 4) {
                throw new IllegalStateException("manifest line needs 4 fields: " + line);
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (String o : f[2].split(";")) {
                int eq = o.indexOf('=');
                options.put(eq < 0 ? o : o.substring(0, eq), eq < 0 ? "" : o.substring(eq + 1));
            }
            List<String> tokens = tokens(f[3]);
            boolean accept = tokens.get(0).equals("ACCEPT");
            Map<String, Long> figures = new TreeMap<>();
            List<String> warnings = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            if (accept) {
                for (String pair : tokens.get(1).split(",")) {
                    String[] kv = pair.split("=");
                    figures.put(kv[0], Long.parseLong(kv[1]));
                }
                for (String w : tokens.subList(2, tokens.size())) {
                    warnings.add(w.substring("warning:".length()));
                }
            } else {
                tokens.subList(1, tokens.size()).stream().filter(t -> !t.equals("+more"))
                        .forEach(errors::add);
            }
            out.add(new Entry(f[0], f[1], options, accept, figures, warnings, errors));
        }
        return out;
    }

    /**
     * Imports a corpus file into a fresh database and checks its outcome: an accepted file exits 0
     * and stores exactly its figures (read back from the database) with its warnings printed at
     * their cells; a refused one exits 2, prints its errors at their cells, and stores nothing.
     *
     * @param e  the file
     * @param db  a fresh database, as given to {@code --db}
     * @param extra  more options of the command
     * @throws SQLException if the database cannot be read
     */
    static void check(Entry e, Path db, String... extra) throws SQLException {
        List<String> args = new ArrayList<>(List.of("import", "--db", db.toString(), "--date",
                e.options().get("asOf")));
        args.addAll(List.of(extra));
        args.add(e.path().toString());
        String before = Databases.stored(db);
        Map<String, Long> dayBefore = Databases.figures(db, e.day());
        AppRun app = new AppRun();
        int code = app.run(args.toArray(String[]::new));
        String said = "\n" + String.join(" ", args) + "\nout:\n" + app.out() + "err:\n" + app.err();
        if (e.accept()) {
            assertEquals(0, code, e + ": must be stored" + said);
            assertEquals(Map.of(), dayBefore, "the demo has no figures for " + e.day());
            assertEquals(e.figures(), Databases.figures(db, e.day()), e + ": exactly its figures"
                    + said);
            assertTrue(app.out().contains(e.file() + ": đã lưu"), said);
            for (String w : e.warnings()) {
                String where = w.substring(w.indexOf('@') + 1);
                assertTrue(app.out().contains(where + ": cảnh báo: "), e + ": warning " + w
                        + said);
            }
        } else {
            assertEquals(2, code, e + ": must be refused" + said);
            assertEquals(before, Databases.stored(db), e + ": nothing stored" + said);
            assertTrue(app.err().contains(e.file() + ": bị từ chối, không lưu gì"), said);
            for (String err : e.errors()) {
                String where = err.substring(err.indexOf('@') + 1);
                String located = where.equals("file") ? "  " + e.file() + ": "
                        : e.file() + ": " + where + ": ";
                assertTrue(app.err().contains(located), e + ": error " + err + " at " + located
                        + said);
            }
        }
        assertTrue(!app.err().contains("Exception") && !app.out().contains("Exception"), said);
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
}
