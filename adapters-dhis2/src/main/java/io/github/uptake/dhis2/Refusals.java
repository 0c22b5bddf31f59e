package io.github.uptake.dhis2;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The problems that refuse a DHIS2 file's layout: each an error located by file, line and field
 * (or {@code column N} in the field slot), with a message in Vietnamese and in English that says
 * what is wrong and what to do. Stateless and thread-safe.
 */
final class Refusals {
    private static final int SHORT = 60;

    private Refusals() {
    }

    /**
     * Obtains a refusal.
     *
     * @param code  the stable code, such as {@code dhis2.csv-header}, not null
     * @param file  the file's name, not null
     * @param line  the 1-based line, 0 or less if unknown
     * @param field  the field or {@code column N}, null if none
     * @param raw  the value found, null if none
     * @param vi  the Vietnamese message, not null
     * @param en  the English message, not null
     * @return the error, not null
     */
    static Problem at(String code, String file, int line, String field, Object raw, String vi,
                      String en) {
        return Problem.error(code, Location.of(file, null, null, line > 0 ? line : null, field),
                raw, vi, en);
    }

    /**
     * Names a 1-based column for the field slot of a location.
     *
     * @param column  the 1-based column
     * @return {@code column N}, not null
     */
    static String column(int column) {
        return "column " + column;
    }

    /**
     * Shortens a text for a message, keeping its start.
     *
     * @param text  the text, null gives an empty text
     * @return the text, at most about 60 characters, not null
     */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= SHORT ? text : text.substring(0, SHORT - 3) + "...";
    }

    /**
     * Reads a stream to its end without keeping the bytes, as the readers promise to do even when
     * they refuse a file early.
     *
     * @param in  the stream, not null; not closed
     * @throws IOException if reading fails
     */
    static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }
}
