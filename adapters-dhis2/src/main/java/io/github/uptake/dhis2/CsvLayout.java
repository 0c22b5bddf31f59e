package io.github.uptake.dhis2;

import io.github.uptake.problem.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * Where each {@link CsvColumn} of one CSV file is: by the names of its header row (any order,
 * unknown columns ignored), or, for a file without a header, by the documented position order.
 * Immutable and thread-safe.
 */
final class CsvLayout {
    private static final int ABSENT = -1;
    private static final String REQUIRED = "dataelement, period, orgunit, value";

    private final int[] positions;
    private final int width;
    /** True when read by a header: every row then has a cell for each header column. */
    private final boolean headed;

    private CsvLayout(int[] positions, int width, boolean headed) {
        this.headed = headed;
        this.positions = positions;
        this.width = width;
    }

    /**
     * Returns the layout of a file without a header: every column at its documented position.
     *
     * @return the layout, not null
     */
    static CsvLayout byPosition() {
        int[] positions = new int[CsvColumn.values().length];
        for (CsvColumn c : CsvColumn.values()) {
            positions[c.ordinal()] = c.ordinal();
        }
        return new CsvLayout(positions, positions.length, false);
    }

    /**
     * Returns whether a first row is a header: at least one of its cells names a column. A data
     * row taken for a header this way misses required columns, so it is refused, never dropped.
     *
     * @param row  the first row with content, not null
     * @return true if the row is a header
     */
    static boolean isHeader(CSVRecord row) {
        for (String cell : row) {
            if (CsvColumn.named(cell).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a header row.
     *
     * @param file  the file's name, for problems, not null
     * @param line  the header's 1-based line
     * @param header  the header row, not null
     * @param problems  receives the refusals: a column named twice, a required column missing
     * @return the layout, empty if the header is refused
     */
    static Optional<CsvLayout> byHeader(String file, int line, CSVRecord header,
                                        List<Problem> problems) {
        int[] positions = new int[CsvColumn.values().length];
        Arrays.fill(positions, ABSENT);
        int before = problems.size();
        for (int i = 0; i < header.size(); i++) {
            Optional<CsvColumn> named = CsvColumn.named(header.get(i));
            if (named.isEmpty()) {
                Optional<CsvColumn> meant = CsvColumn.resembled(header.get(i));
                if (meant.isPresent()) {
                    // a misspelt column would be ignored and its values lost
                    problems.add(Refusals.at("dhis2.csv-header", file, line,
                            Refusals.column(i + 1), header.get(i),
                            "Cột thứ " + (i + 1) + " (\"" + header.get(i) + "\") giống cột "
                                    + meant.get().headerName() + " nhưng viết khác: hãy đặt"
                                    + " đúng tên " + meant.get().headerName()
                                    + ", hoặc xoá cột nếu không dùng.",
                            "Column " + (i + 1) + " (\"" + header.get(i) + "\") looks like the"
                                    + " column " + meant.get().headerName() + " but is spelt"
                                    + " otherwise: name it exactly " + meant.get().headerName()
                                    + ", or delete it if it is not used."));
                }
                continue;
            }
            CsvColumn c = named.get();
            if (positions[c.ordinal()] != ABSENT) {
                int first = positions[c.ordinal()] + 1;
                problems.add(Refusals.at("dhis2.csv-header", file, line,
                        Refusals.column(i + 1), header.get(i),
                        "Cột thứ " + (i + 1) + " (\"" + header.get(i) + "\") lặp lại cột "
                                + c.headerName() + " đã có ở cột thứ " + first
                                + ": hãy xoá hoặc đổi tên một trong hai cột.",
                        "Column " + (i + 1) + " (\"" + header.get(i) + "\") repeats the column "
                                + c.headerName() + " already in column " + first
                                + ": delete or rename one of the two."));
            } else {
                positions[c.ordinal()] = i;
            }
        }
        for (CsvColumn c : CsvColumn.values()) {
            if (c.required() && positions[c.ordinal()] == ABSENT) {
                problems.add(Refusals.at("dhis2.csv-header", file, line, c.headerName(), null,
                        "Dòng tiêu đề thiếu cột " + c.headerName() + ": hãy thêm cột này (mọi"
                                + " tệp cần các cột " + REQUIRED + "; tiêu đề đầy đủ là "
                                + DataValueSetCsv.HEADER + ").",
                        "The header row has no column " + c.headerName() + ": add it (every"
                                + " file needs the columns " + REQUIRED + "; the full header is "
                                + DataValueSetCsv.HEADER + ")."));
            }
        }
        return problems.size() == before
                ? Optional.of(new CsvLayout(positions, header.size(), true)) : Optional.empty();
    }

    /**
     * Checks that a row has a cell for every required column and nothing beyond the columns.
     *
     * @param file  the file's name, not null
     * @param line  the row's 1-based line
     * @param row  the row, not null
     * @return the refusal, empty if the row has its shape
     */
    Optional<Problem> shape(String file, int line, CSVRecord row) {
        if (headed && row.size() < width) {
            // a row cut short (a truncated file, a lost separator) would shift or lose cells
            return Optional.of(Refusals.at("dhis2.csv-row", file, line,
                    Refusals.column(row.size() + 1), null,
                    "Dòng này chỉ có " + row.size() + " ô, dòng tiêu đề có " + width + " cột:"
                            + " có thể tệp bị cắt cụt hoặc thiếu dấu phân cách. Hãy điền đủ các"
                            + " ô, giữ dấu phân cách cho ô để trống.",
                    "This row has only " + row.size() + " cells and the header " + width
                            + " columns: the file may be cut short, or a separator lost. Fill"
                            + " in the cells, keeping the separators of empty ones."));
        }
        for (CsvColumn c : CsvColumn.values()) {
            int at = positions[c.ordinal()];
            if (c.required() && at != ABSENT && at >= row.size()) {
                return Optional.of(Refusals.at("dhis2.csv-row", file, line, c.headerName(),
                        null,
                        "Dòng này chỉ có " + row.size() + " ô, không tới cột " + c.headerName()
                                + " (cột thứ " + (at + 1) + "): mỗi dòng cần ô cho các cột "
                                + REQUIRED + ". Hãy điền đủ các ô, giữ dấu phân cách cho ô"
                                + " để trống.",
                        "This row has only " + row.size() + " cells and does not reach the"
                                + " column " + c.headerName() + " (column " + (at + 1) + "):"
                                + " every row needs cells for " + REQUIRED + ". Fill in the"
                                + " cells, keeping the separators of empty ones."));
            }
        }
        for (int i = width; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                return Optional.of(Refusals.at("dhis2.csv-row", file, line,
                        Refusals.column(i + 1), row.get(i),
                        "Ô thứ " + (i + 1) + " (\"" + Refusals.shorten(row.get(i)) + "\") nằm"
                                + " ngoài " + width + " cột của tệp: có lẽ một giá trị chứa dấu"
                                + " phân cách mà không nằm trong ngoặc kép. Hãy đặt giá trị đó"
                                + " trong dấu ngoặc kép \"...\".",
                        "Cell " + (i + 1) + " (\"" + Refusals.shorten(row.get(i)) + "\") lies"
                                + " beyond the file's " + width + " columns: perhaps a value holds"
                                + " the separator without quotes. Put that value in double"
                                + " quotes \"...\"."));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a row's cell of a column.
     *
     * @param row  the row, not null
     * @param column  the column, not null
     * @return the cell as written, null if the file has no such column, the row ends before it,
     *     or the cell is empty
     */
    String cell(CSVRecord row, CsvColumn column) {
        int at = positions[column.ordinal()];
        if (at == ABSENT || at >= row.size()) {
            return null;
        }
        String cell = row.get(at);
        return cell.isEmpty() ? null : cell;
    }
}
