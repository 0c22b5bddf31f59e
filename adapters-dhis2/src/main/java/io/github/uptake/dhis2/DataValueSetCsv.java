package io.github.uptake.dhis2;

import io.github.uptake.dhis2.StrictUtf8Reader.NotUtf8Exception;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * DHIS2's dataValueSets CSV layout (Web API guide, "Data values", CSV data value sets).
 *
 * <p><b>Writing</b>: UTF-8 without a byte order mark, RFC 4180 as Apache Commons CSV writes it:
 * records end with CRLF, a cell holding a comma, a quote or a line break is quoted and its quotes
 * doubled. The header row is {@value #HEADER}, then one row per value in the set's order; a null
 * field is an empty cell and {@code followup} is always {@code false}. The set's data set has no
 * place in this layout and is not written.
 *
 * <p><b>Reading</b>, row by row:
 * <ul>
 *   <li>UTF-8, a byte order mark skipped; bytes that are not UTF-8 refuse the file at their
 *       line.</li>
 *   <li>The separator is {@code ;} when the first line with content has a {@code ;} and no
 *       {@code ,} (a spreadsheet saved in a Vietnamese or European locale), else {@code ,}.</li>
 *   <li>The first row with content is a header when one of its cells names a {@link CsvColumn}
 *       (case, spaces and {@code _} ignored); columns then go by name, in any order, unknown ones
 *       ignored, a required one missing or a column named twice refusing the file. Any other first
 *       row is data, and every row is read by the documented position order (DHIS2 itself would
 *       drop that row).</li>
 *   <li>Blank rows are skipped; an empty cell is null; every other cell is kept as written. A row
 *       that ends before a required column, has content beyond the columns, or says
 *       {@code deleted = true} refuses the file at its line. A quote left open refuses it at the
 *       line where its row starts.</li>
 *   <li>Each value's line is the line its row starts on (line breaks inside quotes count).</li>
 * </ul>
 * The reader has no data set ({@link DataValueSet#dataSet()} is empty). Stateless and
 * thread-safe.
 */
final class DataValueSetCsv {
    /** The header row Uptake writes, DHIS2's import column names. */
    static final String HEADER = "dataelement,period,orgunit,catoptcombo,attroptcombo,value,"
            + "storedby,lastupdated,comment,followup";
    private static final int PEEK = 1 << 16;

    private DataValueSetCsv() {
    }

    static void write(DataValueSet set, OutputStream out) throws IOException {
        Objects.requireNonNull(set, "set");
        Writer text = new BufferedWriter(new OutputStreamWriter(
                Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180);
        printer.printRecord((Object[]) HEADER.split(","));
        for (DataValue v : set.dataValues()) {
            printer.printRecord(v.dataElement(), v.period(), v.orgUnit(),
                    v.categoryOptionCombo(), v.attributeOptionCombo(), v.value(), v.storedBy(),
                    v.lastUpdated(), v.comment(), "false");
        }
        printer.flush();
    }

    static Validated<DataValueSet> read(String fileName, InputStream in) throws IOException {
        Objects.requireNonNull(fileName, "fileName");
        List<Problem> problems = new ArrayList<>();
        List<DataValue> values = new ArrayList<>();
        try {
            readRows(fileName, new BufferedReader(new StrictUtf8Reader(in)), values, problems);
        } catch (NotUtf8Exception e) {
            problems.add(Refusals.at("dhis2.csv-encoding", fileName, e.line(), null, e.badByte(),
                    "Tệp không phải UTF-8: byte " + e.badByte() + " ở dòng " + e.line()
                            + " không đọc được (có lẽ tệp được lưu theo bảng mã Windows-1258"
                            + " hoặc UTF-16). Hãy lưu lại tệp dạng \"CSV UTF-8\".",
                    "The file is not UTF-8: byte " + e.badByte() + " on line " + e.line()
                            + " cannot be read (the file was perhaps saved as Windows-1258 or"
                            + " UTF-16). Save it again as \"CSV UTF-8\"."));
        }
        Refusals.drain(in);
        return Validated.of("DHIS2 CSV " + fileName, DataValueSet.of(null, values), problems);
    }

    private static void readRows(String file, BufferedReader text, List<DataValue> values,
                                 List<Problem> problems) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).get();
        CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get();
        Iterator<CSVRecord> rows = parser.iterator();
        CsvLayout layout = null;
        while (true) {
            int line = (int) parser.getCurrentLineNumber() + 1;
            CSVRecord row;
            try {
                if (!rows.hasNext()) {
                    break;
                }
                row = rows.next();
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException) {
                    problems.add(openQuote(file, line));
                    return;
                }
                throw e.getCause();
            }
            if (blank(row)) {
                continue;
            }
            if (layout == null) {
                if (CsvLayout.isHeader(row)) {
                    Optional<CsvLayout> named = CsvLayout.byHeader(file, line, row, problems);
                    if (named.isEmpty()) {
                        return;
                    }
                    layout = named.get();
                    continue;
                }
                layout = CsvLayout.byPosition();
            }
            Optional<Problem> shape = layout.shape(file, line, row);
            if (shape.isPresent()) {
                problems.add(shape.get());
            } else if ("true".equalsIgnoreCase(layout.cell(row, CsvColumn.DELETED))) {
                problems.add(deleted(file, line));
            } else {
                values.add(value(layout, row, line));
            }
        }
        if (layout == null) {
            problems.add(Refusals.at("dhis2.csv-empty", file, 1, null, null,
                    "Tệp không có dòng nào: cần dòng tiêu đề " + HEADER + " rồi mỗi giá trị một"
                            + " dòng. Hãy kiểm tra đã chọn đúng tệp.",
                    "The file has no row: expected the header " + HEADER + " then one row per"
                            + " value. Check that the right file was chosen."));
        }
    }

    private static DataValue value(CsvLayout layout, CSVRecord row, int line) {
        return new DataValue(layout.cell(row, CsvColumn.DATA_ELEMENT),
                layout.cell(row, CsvColumn.PERIOD), layout.cell(row, CsvColumn.ORG_UNIT),
                layout.cell(row, CsvColumn.CATEGORY_OPTION_COMBO),
                layout.cell(row, CsvColumn.ATTRIBUTE_OPTION_COMBO),
                layout.cell(row, CsvColumn.VALUE), layout.cell(row, CsvColumn.STORED_BY),
                layout.cell(row, CsvColumn.LAST_UPDATED), layout.cell(row, CsvColumn.COMMENT),
                line);
    }

    /**
     * Looks at the first line with content, without consuming it: {@code ;} if it has a
     * {@code ;} and no {@code ,}, else {@code ,}.
     */
    private static char delimiter(BufferedReader text) throws IOException {
        text.mark(PEEK + 1);
        boolean content = false;
        boolean semicolon = false;
        boolean comma = false;
        for (int i = 0; i < PEEK; i++) {
            int c = text.read();
            if (c < 0 || (content && (c == '\n' || c == '\r'))) {
                break;
            }
            content |= !Character.isWhitespace(c);
            semicolon |= c == ';';
            comma |= c == ',';
        }
        text.reset();
        return semicolon && !comma ? ';' : ',';
    }

    private static boolean blank(CSVRecord row) {
        for (String cell : row) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Problem openQuote(String file, int line) {
        return Refusals.at("dhis2.csv-syntax", file, line, null, null,
                "Hàng bắt đầu ở dòng này có dấu ngoặc kép không đóng, hoặc có chữ ngay sau dấu"
                        + " ngoặc kép đóng. Hãy đặt cả ô trong ngoặc kép và viết \"\" cho mỗi"
                        + " dấu ngoặc kép bên trong ô.",
                "The row starting on this line has a quote that is not closed, or text right"
                        + " after a closing quote. Put the whole cell in quotes and write \"\" for"
                        + " each quote inside it.");
    }

    private static Problem deleted(String file, int line) {
        return Refusals.at("dhis2.csv-deleted", file, line, CsvColumn.DELETED.headerName(),
                "true",
                "Dòng này đánh dấu xoá (deleted = true), nhưng Uptake không bao giờ xoá một số"
                        + " liệu đã báo cáo. Hãy bỏ dòng này khỏi tệp, hoặc gửi giá trị đúng"
                        + " với deleted = false.",
                "This row is marked deleted (deleted = true), but Uptake never deletes a"
                        + " reported figure. Remove the row from the file, or send the right"
                        + " value with deleted = false.");
    }
}
