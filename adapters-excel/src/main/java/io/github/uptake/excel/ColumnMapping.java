package io.github.uptake.excel;

import io.github.uptake.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.ss.util.CellReference;

/**
 * How the columns of a sheet that Uptake did not generate are recognised, and where a province
 * that knows its own layout may say so outright.
 *
 * <p>Headers are compared as {@link HeaderText} normalises them (Unicode NFC, case folded, every
 * kind of white space, punctuation such as {@code :} and {@code (%)} dropped) and, as a fallback,
 * without diacritics, so {@code "Số người đã cài đặt:"}, {@code "SỐ NGƯỜI ĐÃ CÀI ĐẶT"} and
 * {@code "So nguoi da cai dat"} are one header. A column is recognised by its key terms:
 * <ul>
 *   <li>the unit code: a header whose first word is {@code mã} ({@code Mã}, {@code Mã số},
 *       {@code Mã đơn vị}, {@code Mã ĐVHC}, {@code Mã xã} ...) or {@code code};
 *   <li>the count: {@code cài đặt} ({@code Số người (đã) cài đặt}, {@code Số lượng (đã) cài đặt},
 *       {@code SL cài đặt}, {@code Đã cài đặt}), {@code người (sử) dùng}, {@code installed}, or exactly
 *       {@code Số lượng} / {@code Count}; not {@code chưa cài đặt} (not installed), a target
 *       ({@code chỉ tiêu}, {@code kế hoạch}, {@code mục tiêu}), nor a per-platform column
 *       ({@code Android}, {@code iOS}) when a total one is there too;
 *   <li>the population ({@code Dân số}, {@code Số dân}): never stored, compared with the stored
 *       denominator;
 *   <li>the rate ({@code Tỷ lệ}, a header with {@code %}): never read, since Uptake recomputes
 *       every rate.
 * </ul>
 * Under a group heading spread over two header rows ({@code Kết quả cài đặt} above
 * {@code Số lượng | Tỷ lệ (%)}), a column's header is the group's and its own together.
 *
 * <p>A province adds the exact headers of its own sheets with {@link #with}, and can fix the
 * sheet, the header row and the columns ({@link #withSheet}, {@link #withHeaderRow},
 * {@link #withCodeColumn}, {@link #withCountColumn}). Added headers take precedence over the key
 * terms. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ColumnMapping {

    /** What a column holds. */
    enum Role { CODE, COUNT, POPULATION, RATE, NAME, NOTE, OTHER }

    private static final ColumnMapping DEFAULTS = new ColumnMapping(List.of(), List.of(),
            List.of(), null, -1, -1, -1);

    private final List<String> code;
    private final List<String> count;
    private final List<String> population;
    private final String sheet;
    private final int headerRow;
    private final int codeColumn;
    private final int countColumn;

    private ColumnMapping(List<String> code, List<String> count, List<String> population,
                          String sheet, int headerRow, int codeColumn, int countColumn) {
        this.code = List.copyOf(code);
        this.count = List.copyOf(count);
        this.population = List.copyOf(population);
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.codeColumn = codeColumn;
        this.countColumn = countColumn;
    }

    /**
     * Returns the defaults: the key terms above, any sheet, the header found by its terms.
     *
     * @return the default mapping, with no added header and nothing fixed, not null
     */
    public static ColumnMapping defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that also recognises these exact headers (compared normalised).
     *
     * @param codeHeaders  more headers of the unit code column, not null, may be empty
     * @param countHeaders  more headers of the count column, not null, may be empty
     * @return a mapping equal to this one but with the headers added, not null
     * @throws IllegalArgumentException if a header is null or blank
     * @throws NullPointerException if a list is null
     */
    public ColumnMapping with(List<String> codeHeaders, List<String> countHeaders) {
        return new ColumnMapping(plus(code, codeHeaders), plus(count, countHeaders), population,
                sheet, headerRow, codeColumn, countColumn);
    }

    /**
     * Returns a copy that also recognises these exact headers of the population column.
     *
     * @param populationHeaders  more headers of the population column, not null, may be empty
     * @return a mapping equal to this one but with the headers added, not null
     * @throws IllegalArgumentException if a header is null or blank
     * @throws NullPointerException if the list is null
     */
    public ColumnMapping withPopulationHeaders(List<String> populationHeaders) {
        return new ColumnMapping(code, count, plus(population, populationHeaders), sheet,
                headerRow, codeColumn, countColumn);
    }

    /**
     * Returns a copy that reads this sheet only, visible or not.
     *
     * @param name  the sheet's name as the workbook shows it, not blank
     * @return a mapping equal to this one but for the sheet, not null
     * @throws IllegalArgumentException if the name is null or blank
     */
    public ColumnMapping withSheet(String name) {
        return new ColumnMapping(code, count, population, Checks.text(name, "sheet"), headerRow,
                codeColumn, countColumn);
    }

    /**
     * Returns a copy that takes this row as the header row (the last one, if the header spans two
     * rows); data starts below it.
     *
     * @param row  the row as the spreadsheet numbers it, 1 or more
     * @return a mapping equal to this one but for the header row, not null
     * @throws IllegalArgumentException if the row is below 1
     */
    public ColumnMapping withHeaderRow(int row) {
        if (row < 1) {
            throw new IllegalArgumentException("the header row is numbered from 1, was " + row);
        }
        return new ColumnMapping(code, count, population, sheet, row - 1, codeColumn,
                countColumn);
    }

    /**
     * Returns a copy that reads unit codes from this column, whatever its header.
     *
     * @param letters  the column as the spreadsheet names it ({@code "B"}, {@code "AA"}), one to
     *     three letters in either case, not null
     * @return a mapping equal to this one but for the code column, not null
     * @throws IllegalArgumentException if the letters are null or not a column name
     */
    public ColumnMapping withCodeColumn(String letters) {
        return new ColumnMapping(code, count, population, sheet, headerRow, column(letters),
                countColumn);
    }

    /**
     * Returns a copy that reads counts from this column, whatever its header.
     *
     * @param letters  the column as the spreadsheet names it ({@code "E"}), one to three letters
     *     in either case, not null
     * @return a mapping equal to this one but for the count column, not null
     * @throws IllegalArgumentException if the letters are null or not a column name
     */
    public ColumnMapping withCountColumn(String letters) {
        return new ColumnMapping(code, count, population, sheet, headerRow, codeColumn,
                column(letters));
    }

    /**
     * Returns the sheet to read, if one is fixed.
     *
     * @return the sheet's name, empty if any sheet may be chosen
     */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /**
     * Returns the header row as the spreadsheet numbers it (from 1), if one is fixed.
     *
     * @return the header row, 1 or more; empty if the header is found by its terms
     */
    public OptionalInt headerRow() {
        return headerRow < 0 ? OptionalInt.empty() : OptionalInt.of(headerRow + 1);
    }

    /** Returns the 0-based index of the code column, if one is fixed. */
    OptionalInt codeColumn() {
        return codeColumn < 0 ? OptionalInt.empty() : OptionalInt.of(codeColumn);
    }

    /** Returns the 0-based index of the count column, if one is fixed. */
    OptionalInt countColumn() {
        return countColumn < 0 ? OptionalInt.empty() : OptionalInt.of(countColumn);
    }

    /**
     * Tells what a header names.
     *
     * @param header  the header as written, possibly with a group heading before it; null is blank
     * @return the role, OTHER if none
     */
    Role roleOf(String header) {
        String h = HeaderText.normalise(header);
        if (h.isEmpty()) {
            return Role.OTHER;
        }
        String folded = HeaderText.fold(h);
        if (matchesExactly(code, h, folded)) {
            return Role.CODE;
        }
        if (matchesExactly(count, h, folded)) {
            return Role.COUNT;
        }
        if (matchesExactly(population, h, folded)) {
            return Role.POPULATION;
        }
        String f = " " + folded + " ";
        if (header.contains("%") || f.contains(" ty le ") || f.contains(" ti le ")
                || f.contains(" rate ") || f.contains(" percent")) {
            return Role.RATE;
        }
        if (f.contains(" dan so ") || f.contains(" so dan ") || f.contains(" population ")
                || f.contains(" so nhan khau ")) {
            return Role.POPULATION;
        }
        if ((f.startsWith(" ma ") || f.equals(" code ") || f.contains(" unit code "))
                && !f.contains(" thue ") && !f.contains(" buu ") && !f.contains(" qr ")
                && !f.contains(" vach ") && !f.contains(" so thue ")) {
            return Role.CODE;
        }
        if (f.startsWith(" ten ") || f.equals(" name ") || f.contains(" unit name ")
                || f.startsWith(" don vi ")) {
            return Role.NAME;
        }
        if (f.startsWith(" ghi chu ") || f.equals(" note ") || f.equals(" notes ")) {
            return Role.NOTE;
        }
        boolean target = f.contains(" chi tieu ") || f.contains(" ke hoach ")
                || f.contains(" muc tieu ") || f.contains(" target ");
        boolean notYet = f.contains(" chua cai ") || f.contains(" chua dung ")
                || f.contains(" chua su dung ");
        if (!target && !notYet && (f.contains(" cai dat ") || f.contains(" nguoi dung ")
                || f.contains(" nguoi su dung ")
                || f.contains(" installed ") || f.contains(" installs ")
                || f.equals(" so luong ") || f.equals(" count ") || f.contains(" sl cai "))) {
            return Role.COUNT;
        }
        return Role.OTHER;
    }

    /** Tells whether a count header names one platform only ({@code Android}, {@code iOS}). */
    static boolean isPerPlatform(String header) {
        String f = " " + HeaderText.fold(HeaderText.normalise(header)) + " ";
        boolean android = f.contains(" android ");
        boolean ios = f.contains(" ios ") || f.contains(" iphone ");
        return android != ios;
    }

    boolean isCode(String header) {
        return roleOf(header) == Role.CODE;
    }

    boolean isCount(String header) {
        return roleOf(header) == Role.COUNT;
    }

    boolean isNote(String header) {
        return roleOf(header) == Role.NOTE;
    }

    private static boolean matchesExactly(List<String> headers, String h, String folded) {
        for (String x : headers) {
            if (x.equals(h)) {
                return true;
            }
        }
        for (String x : headers) {
            if (HeaderText.fold(x).equals(folded)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> plus(List<String> base, List<String> more) {
        List<String> out = new ArrayList<>(base);
        for (String m : Objects.requireNonNull(more, "headers")) {
            String n = HeaderText.normalise(m);
            if (n.isEmpty()) {
                throw new IllegalArgumentException("a header cannot be blank: '" + m + "'");
            }
            out.add(n);
        }
        return out;
    }

    private static int column(String letters) {
        String s = Checks.text(letters, "column").strip().toUpperCase(java.util.Locale.ROOT);
        if (!s.matches("[A-Z]{1,3}")) {
            throw new IllegalArgumentException("a column is named by letters (B, AA), was '"
                    + letters + "'");
        }
        return CellReference.convertColStringToIndex(s);
    }

    @Override
    public String toString() {
        return "ColumnMapping[code=" + code + ", count=" + count + ", population=" + population
                + (sheet == null ? "" : ", sheet=" + sheet)
                + (headerRow < 0 ? "" : ", headerRow=" + (headerRow + 1))
                + (codeColumn < 0 ? "" : ", codeColumn="
                + CellReference.convertNumToColString(codeColumn))
                + (countColumn < 0 ? "" : ", countColumn="
                + CellReference.convertNumToColString(countColumn)) + "]";
    }
}
