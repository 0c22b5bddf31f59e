package io.github.uptake.app;

import io.github.uptake.format.SafeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CSV the app hands out (reports), with Apache Commons CSV: RFC 4180 quoting, one
 * record a line ({@code \n}), UTF-8 as the stream is. Every text that comes from users (names,
 * sources, notes) goes through {@link SafeText}, the rule the xlsx reports keep, so that no
 * spreadsheet reads it as a formula; numbers the app writes itself are written as they are. A
 * missing value is an empty field. Not thread-safe.
 */
final class CsvOutput {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
            .get();

    private final CSVPrinter printer;
    private final List<Object> record = new ArrayList<>();

    /**
     * Starts a CSV on an output, writing its header.
     *
     * @param out  where to write, not closed
     * @param header  the column names
     */
    CsvOutput(Appendable out, String... header) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
            printer.printRecord((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a text from users, neutralised ({@link SafeText}); null is an empty field. */
    CsvOutput text(String value) {
        record.add(value == null ? "" : SafeText.of(value));
        return this;
    }

    /** Adds a value the app made (a number, a code of its own, a status), as it is. */
    CsvOutput value(Object value) {
        record.add(value == null ? "" : value.toString());
        return this;
    }

    /** Adds a number, or an empty field when it is missing. */
    CsvOutput number(java.util.OptionalLong value) {
        record.add(value.isPresent() ? Long.toString(value.getAsLong()) : "");
        return this;
    }

    /** Ends the current record. */
    void endRecord() {
        try {
            printer.printRecord(record);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            record.clear();
        }
    }
}
