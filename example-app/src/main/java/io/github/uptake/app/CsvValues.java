package io.github.uptake.app;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the values of a CSV row, each checked, with a problem naming the file, line, column and the
 * value as written when it is missing, invalid or out of range, in Vietnamese and English. Values
 * read often (days, segments, the same reporter on every row) are shared, so that a file of half a
 * million rows holds each once. Not thread-safe: one per file.
 */
final class CsvValues {
    /** The first day a date may be: earlier ones are typing errors, and not every database holds them. */
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final int SHARED = 10_000;

    private final FileProblems problems;
    private final Map<String, LocalDate> days = new HashMap<>();
    private final Map<String, Segment> segments = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private String lastInstantText;
    private Instant lastInstant;

    /**
     * Reads values into the problems of a file.
     *
     * @param problems  where problems go
     */
    CsvValues(FileProblems problems) {
        this.problems = problems;
    }

    /** The segments a file may name, or null for any well-formed one. */
    private java.util.Set<String> knownSegments;

    /**
     * Limits the segments a file may name to those the database knows, so a misspelt one
     * ({@code resident}) is refused at its cell instead of stored where no page shows it.
     *
     * @param known  the segments' ids, not null
     */
    void knownSegments(java.util.Set<String> known) {
        this.knownSegments = java.util.Set.copyOf(known);
    }

    /**
     * Returns a value, trimmed, or null (with a problem) if it is blank.
     *
     * @param row  the row
     * @param column  the column
     * @return the value or null
     */
    String required(CsvTable.Row row, String column) {
        String v = trim(row.get(column));
        if (v.isEmpty()) {
            problems.add(Problem.error("csv.missing", row.at(column), null, "Thiếu " + column
                    + ".", column + " is missing."));
            return null;
        }
        return v;
    }

    /**
     * Returns a value without the spaces around it: white space, and the no-break and zero-width
     * spaces that text copied from a web page or a word processor brings.
     *
     * @param v  the value as written
     * @return the value trimmed
     */
    static String trim(String v) {
        int start = 0;
        int end = v.length();
        while (start < end && space(v.charAt(start))) {
            start++;
        }
        while (end > start && space(v.charAt(end - 1))) {
            end--;
        }
        return v.substring(start, end);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
                || c == '\uFEFF';
    }

    /**
     * Returns a text, trimmed and shared with equal texts, or null if blank.
     *
     * @param row  the row
     * @param column  the column
     * @param required  whether a blank value is a problem
     * @return the text or null
     */
    String text(CsvTable.Row row, String column, boolean required) {
        String v = required ? required(row, column) : trim(row.get(column));
        if (v == null || v.isEmpty()) {
            return null;
        }
        String shared = texts.get(v);
        if (shared != null) {
            return shared;
        }
        if (texts.size() < SHARED) {
            texts.put(v, v);
        }
        return v;
    }

    /**
     * Returns a day written {@code YYYY-MM-DD}, or null with a problem.
     *
     * @param row  the row
     * @param column  the column
     * @return the day or null
     */
    LocalDate day(CsvTable.Row row, String column) {
        String v = required(row, column);
        if (v == null) {
            return null;
        }
        LocalDate d = days.get(v);
        if (d != null) {
            return d;
        }
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(Problem.error("csv.date", row.at(column), v, "Ngày không hợp lệ: \"" + v
                    + "\"; ghi theo dạng năm-tháng-ngày, ví dụ 2020-08-19 (định dạng cột là Văn bản"
                    + " để bảng tính không đổi ngày).", "Invalid date \"" + v + "\": write"
                    + " year-month-day, e.g. 2020-08-19 (format the column as Text so that a"
                    + " spreadsheet does not change it)."));
            return null;
        }
        if (d.isBefore(FIRST_DAY)) {
            problems.add(Problem.error("csv.date-range", row.at(column), v, "Ngày " + v
                    + " nằm ngoài khoảng cho phép (từ " + FIRST_DAY + ").", "The date " + v
                    + " is out of range (" + FIRST_DAY + " or later)."));
            return null;
        }
        if (days.size() < SHARED) {
            days.put(v, d);
        }
        return d;
    }

    /**
     * Returns a count: a whole number from 0 to 10^12, or null with a problem.
     *
     * @param row  the row
     * @param column  the column
     * @return the count or null
     */
    Long count(CsvTable.Row row, String column) {
        String v = required(row, column);
        if (v == null) {
            return null;
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            boolean digits = v.matches("-?[0-9]{1,30}");
            problems.add(digits ? outOfRange(row, column, v) : Problem.error("csv.count",
                    row.at(column), v, "Số không hợp lệ: \"" + v + "\"; ghi số nguyên, không có"
                            + " dấu phân cách hàng nghìn, ví dụ 1520.", "Invalid number \"" + v
                            + "\": write a whole number without thousands separators, e.g."
                            + " 1520."));
            return null;
        }
        if (n < 0) {
            problems.add(Problem.error("csv.count-negative", row.at(column), v,
                    "Số lượng không được âm: " + v + ".", "The count cannot be negative: " + v
                            + "."));
            return null;
        }
        if (n > Checks.MAX_COUNT) {
            problems.add(outOfRange(row, column, v));
            return null;
        }
        return n;
    }

    private static Problem outOfRange(CsvTable.Row row, String column, String v) {
        return Problem.error("csv.count-range", row.at(column), v, "Số " + v + " nằm ngoài khoảng"
                + " cho phép (0 đến " + Checks.MAX_COUNT + ").", "The number " + v + " is out of"
                + " range (0 to " + Checks.MAX_COUNT + ").");
    }

    /**
     * Returns an instant in ISO 8601 with an offset, or null with a problem.
     *
     * @param row  the row
     * @param column  the column
     * @return the instant or null
     */
    Instant instant(CsvTable.Row row, String column) {
        String v = required(row, column);
        if (v == null) {
            return null;
        }
        if (v.equals(lastInstantText)) {
            return lastInstant;
        }
        Instant t;
        try {
            t = Instant.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(Problem.error("csv.instant", row.at(column), v, "Thời điểm không hợp lệ: \""
                    + v + "\"; ghi theo ISO 8601 có múi giờ, ví dụ 2020-08-19T09:00:00Z hoặc"
                    + " 2020-08-19T16:00:00+07:00.", "Invalid time \"" + v + "\": write ISO 8601"
                    + " with the offset, e.g. 2020-08-19T09:00:00Z or 2020-08-19T16:00:00+07:00."));
            return null;
        }
        if (t.isBefore(FIRST_DAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                || t.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
            problems.add(Problem.error("csv.instant-range", row.at(column), v, "Thời điểm " + v
                    + " nằm ngoài khoảng cho phép (từ năm 1900).", "The time " + v
                    + " is out of range (1900 or later)."));
            return null;
        }
        lastInstantText = v;
        lastInstant = t;
        return t;
    }

    /**
     * Returns a segment, or null with a problem.
     *
     * @param row  the row
     * @param column  the column
     * @return the segment or null
     */
    Segment segment(CsvTable.Row row, String column) {
        String v = required(row, column);
        if (v == null) {
            return null;
        }
        Segment s = segments.get(v);
        if (s != null) {
            return s;
        }
        try {
            s = Segment.of(v);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("csv.segment", row.at(column), v, "Nhóm đối tượng không hợp"
                    + " lệ: \"" + v + "\"; ghi chữ thường, ví dụ residents, staff, workers.",
                    "Invalid segment \"" + v + "\": write it in lower case, e.g. residents, staff,"
                            + " workers."));
            return null;
        }
        if (knownSegments != null && !knownSegments.contains(s.id())) {
            String known = String.join(", ", new java.util.TreeSet<>(knownSegments));
            problems.add(Problem.error("csv.unknown-segment", row.at(column), v, "Nhóm đối tượng"
                    + " \"" + v + "\" không có trong cơ sở dữ liệu; các nhóm là: " + known
                    + ". Một nhóm mới cần chỉ tiêu trước (targets trong tệp cấu hình).",
                    "The database has no segment \"" + v + "\"; the segments are: " + known
                            + ". A new segment needs a target first (targets in the"
                            + " configuration)."));
            return null;
        }
        if (segments.size() < SHARED) {
            segments.put(v, s);
        }
        return s;
    }

    /**
     * Returns where a value is, for problems found later (while saving).
     *
     * @param file  the file
     * @param line  the line
     * @param column  the column
     * @return the location
     */
    static Location at(String file, int line, String column) {
        return Location.of(file, null, null, line, column);
    }
}
