package io.github.uptake.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a problem was found: any of a file, a sheet, a cell reference, a line number and a field
 * path; each part is optional.
 *
 * <p>{@link #toString()} prints the parts a clerk needs to find the spot, for example
 * {@code reports.xlsx: 'Báo cáo'!D12} or {@code reports.csv: line 7: count}.
 * This class is immutable and thread-safe.
 *
 * @param file  the file name, null if not from a file
 * @param sheet  the sheet name, null if not from a workbook
 * @param cell  the cell reference such as {@code D12}, null if none
 * @param line  the 1-based line or row number, null if none
 * @param field  the field path such as {@code reports[3].count}, null if none
 * @since 0.1.0
 */
public record Location(String file, String sheet, String cell, Integer line, String field) {

    /** The location of a problem that belongs to no particular place. */
    public static final Location NOWHERE = new Location(null, null, null, null, null);

    /**
     * Creates a location, checking the line number; any part may be null.
     *
     * @param file  the file name, null if not from a file
     * @param sheet  the sheet name, null if not from a workbook
     * @param cell  the cell reference such as {@code D12}, null if none
     * @param line  the 1-based line or row number, null if none
     * @param field  the field path such as {@code reports[3].count}, null if none
     * @throws IllegalArgumentException if the line number is less than 1
     */
    public Location {
        if (line != null && line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }

    /**
     * Obtains the location of a field of an in-memory value.
     *
     * @param path  the field path such as {@code reports[3].count}, not blank
     * @return the location, with only a field path, not null
     * @throws IllegalArgumentException if the path is null or blank
     */
    public static Location field(String path) {
        return new Location(null, null, null, null, requireText(path, "path"));
    }

    /**
     * Obtains the location of a line of a text file.
     *
     * @param file  the file name, not blank
     * @param line  the 1-based line number
     * @return the location, not null
     * @throws IllegalArgumentException if the file name is null or blank, or the line is less
     *     than 1
     */
    public static Location line(String file, int line) {
        return new Location(requireText(file, "file"), null, null, line, null);
    }

    /**
     * Obtains the location of a cell of a workbook.
     *
     * @param file  the file name, not blank
     * @param sheet  the sheet name, not blank
     * @param cell  the cell reference such as {@code D12}, not blank
     * @return the location, not null
     * @throws IllegalArgumentException if a part is null or blank
     */
    public static Location cell(String file, String sheet, String cell) {
        return new Location(requireText(file, "file"), requireText(sheet, "sheet"),
                requireText(cell, "cell"), null, null);
    }

    /**
     * Returns this location with a field path, nested under any field path it already has.
     *
     * @param child  the field name or path to append, not blank; one starting with {@code [} (an
     *     index) is appended without a dot
     * @return a location equal to this one but for the longer field path, not null
     * @throws IllegalArgumentException if {@code child} is null or blank
     */
    public Location child(String child) {
        requireText(child, "child");
        String path = field == null ? child
                : child.startsWith("[") ? field + child : field + "." + child;
        return new Location(file, sheet, cell, line, path);
    }

    /**
     * Returns the field path, as an optional.
     *
     * @return the field path ({@code field}), empty if none
     */
    public Optional<String> fieldPath() {
        return Optional.ofNullable(field);
    }

    /**
     * Prints the location as a clerk reads it, e.g. {@code a.xlsx: 'Báo cáo'!D12: count}.
     *
     * @return the parts present joined by {@code ": "}, or {@code (no location)} if none, not null
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(4);
        if (file != null) {
            parts.add(file);
        }
        if (sheet != null || cell != null) {
            String s = sheet == null ? "" : "'" + sheet.replace("'", "''") + "'";
            parts.add(cell == null ? s : (sheet == null ? cell : s + "!" + cell));
        }
        if (line != null) {
            parts.add("line " + line);
        }
        if (field != null) {
            parts.add(field);
        }
        return parts.isEmpty() ? "(no location)" : String.join(": ", parts);
    }

    private static String requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be null or blank, was " + s);
        }
        return s;
    }
}
