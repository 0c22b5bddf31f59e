package io.github.uptake.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Small CSV helpers for text the app wrote or ships itself: reading a whole table of trusted data
 * (Apache Commons CSV, RFC 4180) and quoting a value for writing. Files that users load go through
 * {@link CsvTable}, which checks their encoding, header and rows. This class is stateless and
 * thread-safe.
 */
public final class Csv {
    private Csv() {
    }

    /**
     * Returns the rows of a text, the header first, every value as written; a byte order mark
     * before the first value is dropped and blank lines are skipped. The reader is not closed.
     *
     * @param r  the text, comma-separated
     * @return the rows, a new list
     * @throws IOException if the text cannot be read or its quotes are malformed
     */
    public static List<List<String>> read(BufferedReader r) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try {
            CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180.builder()
                    .setIgnoreEmptyLines(true).get()).get();
            for (CSVRecord record : p) {
                List<String> row = new ArrayList<>(record.toList());
                if (rows.isEmpty() && !row.isEmpty() && row.get(0).startsWith("\uFEFF")) {
                    row.set(0, row.get(0).substring(1));
                }
                rows.add(row);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows;
    }

    /**
     * Quotes a value for writing when it needs it (a comma, a quote or a line break in it).
     *
     * @param s  the value, null for none
     * @return the value as a CSV field, empty for null
     */
    public static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
