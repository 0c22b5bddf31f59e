package io.github.uptake.app;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of a known layout as a table, row by row, without holding the file in memory:
 * the parsing (quotes, quoted separators and line breaks, doubled quotes, CRLF) is Apache Commons
 * CSV's; this class adds what a file saved by a clerk's spreadsheet needs.
 *
 * <ul>
 *   <li><b>Encoding.</b> UTF-8 with or without a byte order mark, and UTF-16 (little or big
 *       endian) with one, as Excel's "CSV UTF-8" and "Unicode text" write them. Bytes that are not
 *       valid in that encoding (a file saved in Windows-1258, Excel's plain "CSV" on a Vietnamese
 *       system) are a problem at the line of the first bad byte, saying to save as CSV UTF-8;
 *       nothing is ever guessed or replaced.</li>
 *   <li><b>Separator.</b> Taken from the header line: the most frequent of {@code ,} {@code ;}
 *       and tab outside quotes (Excel writes {@code ;} where the comma is the decimal mark).</li>
 *   <li><b>Header.</b> Required, on line 1, read by name (trimmed, any case): columns in any
 *       order. A missing required column, an unknown or doubled column, or a first line that names
 *       no column of the layout (a file without a header) is a problem at line 1 that names it and
 *       the expected header. Then no row is read.</li>
 *   <li><b>Rows.</b> Each data row with its 1-based line number (where the row starts, counting
 *       line breaks inside quotes). Blank rows, and rows of separators only, are skipped. A row with
 *       values beyond the header, or missing a required column's value at its end, is a problem at
 *       its line; so is a quote left open.</li>
 * </ul>
 *
 * <p>Problems are data with a location (file, line, column) and messages in Vietnamese and
 * English; an {@link IOException} is only for a file that cannot be opened or read at all.
 * This class is stateless and thread-safe.
 */
final class CsvTable {
    private static final char[] SEPARATORS = {',', ';', '\t'};

    private CsvTable() {
    }

    /**
     * The columns a file must and may have, in the order the documentation gives them.
     *
     * @param required  the columns every file has, not empty
     * @param optional  the columns a file may leave out, not null
     */
    record Layout(List<String> required, List<String> optional) {
        /** Copies the lists. */
        Layout {
            required = List.copyOf(required);
            optional = List.copyOf(optional);
        }

        /**
         * Obtains a layout.
         *
         * @param required  the required columns
         * @param optional  the optional columns (written after the required ones)
         * @return the layout
         */
        static Layout of(List<String> required, String... optional) {
            return new Layout(required, List.of(optional));
        }

        /** Returns the header as documented: every column, comma-separated. */
        String header() {
            List<String> all = new ArrayList<>(required);
            all.addAll(optional);
            return String.join(",", all);
        }

        boolean knows(String column) {
            return required.contains(column) || optional.contains(column);
        }
    }

    /** One data row of a table: its line and its values by column name. Not thread-safe. */
    static final class Row {
        private final String file;
        private final int line;
        private final CSVRecord record;
        private final Map<String, Integer> positions;

        private Row(String file, int line, CSVRecord record, Map<String, Integer> positions) {
            this.file = file;
            this.line = line;
            this.record = record;
            this.positions = positions;
        }

        /** Returns the 1-based line the row starts on. */
        int line() {
            return line;
        }

        /**
         * Returns a value as written, or empty if the file has no such column or the row ends
         * before it.
         *
         * @param column  the column's name, as in the layout
         * @return the value, not null
         */
        String get(String column) {
            Integer i = positions.get(column);
            return i == null || i >= record.size() ? "" : record.get(i);
        }

        /**
         * Returns where a value of this row is.
         *
         * @param column  the column's name
         * @return file, line and column
         */
        Location at(String column) {
            return Location.of(file, null, null, line, column);
        }
    }

    /**
     * Reads a file.
     *
     * @param file  the file
     * @param name  its name in problems, as the user gave it
     * @param layout  its columns
     * @param rows  receives each data row, in order
     * @return the problems of the file itself (encoding, header, shape of a row), empty if none;
     *     rows are read up to the first problem that stops the reading (encoding, quotes)
     * @throws IOException if the file cannot be read at all
     */
    static List<Problem> read(Path file, String name, Layout layout, Consumer<Row> rows)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, layout, rows);
        }
    }

    /**
     * Reads a stream; the stream is not closed.
     *
     * @param in  the bytes
     * @param name  the file's name in problems
     * @param layout  its columns
     * @param rows  receives each data row, in order
     * @return the problems of the file itself, empty if none
     * @throws IOException if the stream cannot be read
     */
    static List<Problem> read(InputStream in, String name, Layout layout, Consumer<Row> rows)
            throws IOException {
        List<Problem> problems = new ArrayList<>();
        BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
        Charset charset = charset(bytes);
        BufferedReader text = new BufferedReader(new StrictReader(bytes, charset), 1 << 16);
        String header;
        try {
            header = firstLine(text);
        } catch (Undecodable e) {
            problems.add(undecodable(name, charset, e));
            return problems;
        }
        if (header == null || header.isBlank()) {
            problems.add(Problem.error("csv.empty", Location.line(name, 1), header,
                    "Tệp trống: dòng đầu phải là tiêu đề " + layout.header() + ".",
                    "The file is empty: expected the header " + layout.header() + "."));
            return problems;
        }
        if (header.indexOf('\u0000') >= 0) {
            problems.add(Problem.error("csv.encoding", Location.line(name, 1), null,
                    "Tệp có vẻ là UTF-16 không có BOM. Hãy lưu lại bằng \"CSV UTF-8\".",
                    "The file looks like UTF-16 without a byte order mark. Save it as"
                            + " \"CSV UTF-8\"."));
            return problems;
        }
        char separator = separator(header);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator)
                .setIgnoreEmptyLines(false).get();
        List<String> names;
        try (CSVParser h = CSVParser.parse(header, format)) {
            List<CSVRecord> records = h.getRecords();
            names = records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | UncheckedIOException e) {
            names = List.of(header.split(String.valueOf(separator), -1));
        }
        Map<String, Integer> positions = header(name, header, names, layout, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        int width = names.size();
        CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            int line = (int) parser.getCurrentLineNumber() + 2;
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    break;
                }
                r = records.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof Undecodable u) {
                    problems.add(undecodable(name, charset, u));
                } else if (!(e.getCause() instanceof CSVException)) {
                    throw e.getCause();
                } else {
                    problems.add(Problem.error("csv.quotes", Location.line(name, line), null,
                            "Dấu ngoặc kép không đóng, hoặc có chữ ngay sau dấu ngoặc kép đóng:"
                                    + " đặt cả giá trị trong ngoặc kép và viết \"\" cho mỗi dấu"
                                    + " ngoặc kép bên trong.",
                            "A quoted value is not closed, or text follows its closing quote: put"
                                    + " the whole value in quotes and write \"\" for each quote"
                                    + " inside it."));
                }
                break;
            }
            if (blank(r)) {
                continue;
            }
            Problem shape = shape(name, line, r, names, width, layout);
            if (shape != null) {
                problems.add(shape);
                continue;
            }
            rows.accept(new Row(name, line, r, positions));
        }
        return problems;
    }

    /**
     * Reads the byte order mark, if any, and returns the encoding: UTF-16 LE or BE after their
     * marks, else UTF-8 (after its mark, if there is one).
     */
    private static Charset charset(BufferedInputStream in) throws IOException {
        in.mark(3);
        int a = in.read();
        int b = in.read();
        int c = in.read();
        if (a == 0xEF && b == 0xBB && c == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        in.reset();
        if (a == 0xFF && b == 0xFE) {
            in.skip(2);
            return StandardCharsets.UTF_16LE;
        }
        if (a == 0xFE && b == 0xFF) {
            in.skip(2);
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /** Reads the first line, without its line break; null at the end of the file. */
    private static String firstLine(BufferedReader r) throws IOException {
        String line = r.readLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        return line;
    }

    /** Returns the most frequent of the separators outside quotes in the header; a comma if none. */
    static char separator(String header) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char ch = header.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (ch == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    /**
     * Checks the header's names against the layout and returns the position of each known column;
     * adds a problem for each fault.
     */
    private static Map<String, Integer> header(String file, String line, List<String> names,
                                               Layout layout, List<Problem> problems) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        Map<String, List<Integer>> seen = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (n.isEmpty()) {
                continue;
            }
            seen.computeIfAbsent(n, k -> new ArrayList<>()).add(i + 1);
            if (layout.knows(n)) {
                positions.putIfAbsent(n, i);
            } else {
                unknown.add(names.get(i).strip());
            }
        }
        String expected = layout.header();
        if (positions.isEmpty()) {
            problems.add(Problem.error("csv.no-header", Location.line(file, 1), line,
                    "Dòng đầu không phải tiêu đề (\"" + shorten(line) + "\"): cần dòng tiêu đề "
                            + expected + " ở dòng 1, tên cột theo thứ tự bất kỳ.",
                    "The first line is not a header (\"" + shorten(line) + "\"): expected the"
                            + " header " + expected + " on line 1, columns in any order."));
            return positions;
        }
        for (String u : unknown) {
            String hint = similar(u, layout);
            problems.add(Problem.error("csv.column-unknown", Location.of(file, null, null, 1, u),
                    u, "Cột không biết: \"" + u + "\"" + (hint == null ? "" : " (có phải "
                            + hint + "?)") + "; cần dòng tiêu đề " + expected + ".",
                    "Unknown column \"" + u + "\"" + (hint == null ? "" : " (did you mean "
                            + hint + "?)") + "; expected the header " + expected + "."));
        }
        for (Map.Entry<String, List<Integer>> e : seen.entrySet()) {
            if (e.getValue().size() > 1) {
                String at = e.getValue().toString().replaceAll("[\\[\\]]", "");
                problems.add(Problem.error("csv.column-doubled", Location.of(file, null, null,
                        1, e.getKey()), e.getKey(), "Cột " + e.getKey() + " có hai lần (cột thứ "
                        + at + "); mỗi cột chỉ một lần: " + expected + ".", "Column " + e.getKey()
                        + " appears more than once (columns " + at + "); expected each once: "
                        + expected + "."));
            }
        }
        for (String r : layout.required()) {
            if (!positions.containsKey(r)) {
                problems.add(Problem.error("csv.column-missing", Location.of(file, null, null,
                        1, r), line, "Thiếu cột " + r + "; cần dòng tiêu đề " + expected + ".",
                        "Missing column " + r + "; expected the header " + expected + "."));
            }
        }
        return positions;
    }

    /** Returns the layout's column a name means if written another way (asOf, "As Of"), or null. */
    private static String similar(String name, Layout layout) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        List<String> all = new ArrayList<>(layout.required());
        all.addAll(layout.optional());
        for (String c : all) {
            if (c.replace("_", "").equals(key)) {
                return c;
            }
        }
        return null;
    }

    /** Checks a row's number of values against the header. */
    private static Problem shape(String file, int line, CSVRecord r, List<String> names,
                                 int width, Layout layout) {
        for (int i = 0; i < r.size(); i++) {
            boolean named = i < width && !names.get(i).isBlank();
            if (!named && !r.get(i).isBlank()) {
                return Problem.error("csv.values", Location.line(file, line), r.get(i),
                        "Dòng có " + r.size() + " giá trị, nhiều hơn tiêu đề (" + width + " cột): \""
                                + shorten(r.get(i)) + "\" ở cột thứ " + (i + 1)
                                + " không có tên cột.",
                        "The line has " + r.size() + " values, more than the header's " + width
                                + " columns: \"" + shorten(r.get(i)) + "\" in column " + (i + 1)
                                + " has no column name.");
            }
        }
        for (int i = r.size(); i < width; i++) {
            String n = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (layout.required().contains(n)) {
                return Problem.error("csv.values", Location.of(file, null, null, line, n), null,
                        "Dòng chỉ có " + r.size() + " giá trị, tiêu đề có " + width + " cột:"
                                + " thiếu " + n + " và các cột sau nó (thiếu dấu phân cách?).",
                        "The line has only " + r.size() + " values and the header " + width
                                + " columns: " + n + " and the columns after it are missing (a"
                                + " separator left out?).");
            }
        }
        return null;
    }

    private static boolean blank(CSVRecord r) {
        for (int i = 0; i < r.size(); i++) {
            if (!r.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Problem undecodable(String file, Charset charset, Undecodable e) {
        String b = String.format("0x%02X", e.value);
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        return Problem.error("csv.encoding", Location.line(file, e.line), b,
                (utf8 ? "Tệp không phải UTF-8: byte " + b + " ở dòng " + e.line + " không đọc được"
                        + " (có lẽ tệp được lưu theo bảng mã Windows-1258, kiểu \"CSV\" thường"
                        + " của Excel)."
                        : "Tệp có BOM " + charset.name() + " nhưng byte " + b + " ở dòng " + e.line
                        + " không đọc được theo " + charset.name() + ".")
                        + " Hãy lưu lại bằng \"CSV UTF-8\" (Excel: Lưu thành > CSV UTF-8).",
                (utf8 ? "The file is not UTF-8: byte " + b + " on line " + e.line + " cannot be"
                        + " read (the file was perhaps saved in the Windows-1258 code page, Excel's"
                        + " plain \"CSV\")."
                        : "The file has a " + charset.name() + " byte order mark but byte " + b
                        + " on line " + e.line + " is not valid " + charset.name() + ".")
                        + " Save it as \"CSV UTF-8\" (Excel: Save As > CSV UTF-8).");
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** Bytes that are not valid in the file's encoding, at a line. */
    static final class Undecodable extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int value;

        Undecodable(int line, int value, long offset) {
            super("byte " + String.format("0x%02X", value) + " at offset " + offset + " (line "
                    + line + ") is not valid in the file's encoding");
            this.line = line;
            this.value = value;
        }
    }

    /**
     * Decodes bytes strictly: a malformed byte is an {@link Undecodable} carrying its line, thrown
     * only once every character before it has been read, so rows before it are read first.
     */
    private static final class StrictReader extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        private long read;
        private int line = 1;
        private boolean eof;
        private boolean flushed;
        private Undecodable pending;

        StrictReader(InputStream in, Charset charset) {
            this.in = in;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            bytes.flip();
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pending != null) {
                throw pending;
            }
            if (flushed) {
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(buf, off, len);
            while (true) {
                CoderResult r = decoder.decode(bytes, out, eof);
                int n = out.position() - off;
                if (r.isError()) {
                    count(buf, off, n);
                    pending = new Undecodable(line, bytes.get(bytes.position()) & 0xFF,
                            read - bytes.remaining());
                    if (n > 0) {
                        return n;
                    }
                    throw pending;
                }
                if (r.isOverflow() || n > 0) {
                    count(buf, off, n);
                    return n;
                }
                if (eof) {
                    decoder.flush(out);
                    flushed = true;
                    n = out.position() - off;
                    count(buf, off, n);
                    return n == 0 ? -1 : n;
                }
                bytes.compact();
                int k = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (k < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + k);
                    read += k;
                }
                bytes.flip();
            }
        }

        private void count(char[] buf, int off, int n) {
            for (int i = off; i < off + n; i++) {
                if (buf[i] == '\n') {
                    line++;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
