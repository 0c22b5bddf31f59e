package io.github.uptake.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a problem was found: any of a file, a sheet, a cell reference, a line number and a field
 * path; each part is optional.
 *
 * <p>{@link #toString()} prints the parts a clerk needs to find the spot, for example
 * {@code reports.xlsx: 'Báo cáo'!D12} or {@code reports.csv: line 7: count}.
 * Every part has one accessor returning an {@code Optional} (an {@code OptionalInt} for the line),
 * never null: {@code p.location().field().orElse("")} is safe for a problem without a field path.
 * {@link #of(String, String, String, Integer, String)} takes the parts as nullable values.
 * This class is immutable and thread-safe.
 *
 * @param file  the file name, empty if not from a file
 * @param sheet  the sheet name, empty if not from a workbook
 * @param cell  the cell reference such as {@code D12}, empty if none
 * @param line  the 1-based line or row number, empty if none
 * @param field  the field path such as {@code reports[3].count}, empty if none
 * @since 0.1.0
 */
public record Location(Optional<String> file, Optional<String> sheet, Optional<String> cell,
                       OptionalInt line, Optional<String> field) {

    /** The location of a problem that belongs to no particular place. */
    public static final Location NOWHERE = of(null, null, null, null, null);

    /**
     * Creates a location, checking that no part is null and the line number.
     *
     * @param file  the file name, not null; empty if not from a file
     * @param sheet  the sheet name, not null; empty if not from a workbook
     * @param cell  the cell reference such as {@code D12}, not null; empty if none
     * @param line  the 1-based line or row number, not null; empty if none
     * @param field  the field path such as {@code reports[3].count}, not null; empty if none
     * @throws NullPointerException if a part is null (an absent part is an empty optional)
     * @throws IllegalArgumentException if the line number is less than 1
     */
    public Location {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(field, "field");
        if (line.isPresent() && line.getAsInt() < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line.getAsInt());
        }
    }

    /**
     * Obtains a location from parts that may be absent.
     *
     * @param file  the file name, null if not from a file
     * @param sheet  the sheet name, null if not from a workbook
     * @param cell  the cell reference such as {@code D12}, null if none
     * @param line  the 1-based line or row number, null if none
     * @param field  the field path such as {@code reports[3].count}, null if none
     * @return the location, not null
     * @throws IllegalArgumentException if the line number is less than 1
     */
    public static Location of(String file, String sheet, String cell, Integer line,
                              String field) {
        return new Location(Optional.ofNullable(file), Optional.ofNullable(sheet),
                Optional.ofNullable(cell),
                line == null ? OptionalInt.empty() : OptionalInt.of(line),
                Optional.ofNullable(field));
    }

    /**
     * Obtains the location of a field of an in-memory value.
     *
     * @param path  the field path such as {@code reports[3].count}, not blank
     * @return the location, with only a field path, not null
     * @throws IllegalArgumentException if the path is null or blank
     */
    public static Location field(String path) {
        return of(null, null, null, null, requireText(path, "path"));
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
        return of(requireText(file, "file"), null, null, line, null);
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
        return of(requireText(file, "file"), requireText(sheet, "sheet"),
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
        String path = field.map(f -> child.startsWith("[") ? f + child : f + "." + child)
                .orElse(child);
        return new Location(file, sheet, cell, line, Optional.of(path));
    }

    /**
     * Prints the location as a clerk reads it, e.g. {@code a.xlsx: 'Báo cáo'!D12: count}.
     *
     * @return the parts present joined by {@code ": "}, or {@code (no location)} if none, not null
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(4);
        file.ifPresent(parts::add);
        if (sheet.isPresent() || cell.isPresent()) {
            String s = sheet.map(n -> "'" + n.replace("'", "''") + "'").orElse("");
            parts.add(cell.isEmpty() ? s : (sheet.isEmpty() ? cell.get() : s + "!" + cell.get()));
        }
        if (line.isPresent()) {
            parts.add("line " + line.getAsInt());
        }
        field.ifPresent(parts::add);
        return parts.isEmpty() ? "(no location)" : String.join(": ", parts);
    }

    private static String requireText(String s, String name) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be null or blank, was " + s);
        }
        return s;
    }
}
