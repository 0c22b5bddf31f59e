package io.github.uptake.excel;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the header of a sheet that Uptake did not generate among its first rows: the row (or two
 * rows, under a group heading spread over merged cells) that names a unit code column and a count
 * column, below any title rows. Not part of the API.
 */
final class HeaderFinder {
    /** How many rows from the top the header may start in. */
    static final int SEARCH_ROWS = 30;

    /**
     * A row as read.
     *
     * @param row  its 0-based index
     * @param cells  its non-empty cells
     */
    record SheetRow(int row, List<CellValue> cells) {
        Map<Integer, String> texts() {
            Map<Integer, String> out = new TreeMap<>();
            for (CellValue c : cells) {
                if (c.isText() && !c.text().isBlank()) {
                    out.put(c.column(), c.text());
                }
            }
            return out;
        }

        boolean hasNumbers() {
            return cells.stream().anyMatch(CellValue::isNumber);
        }
    }

    /**
     * Where the data of a sheet is and what its columns mean.
     *
     * @param headerRow  the 0-based index of the last header row; data starts below it; -1 if the
     *     columns were given and no header was found
     * @param code  the 0-based code column
     * @param count  the 0-based count column
     * @param population  the 0-based population column, -1 if none
     * @param rate  the 0-based rate columns (never read)
     * @param codes  every 0-based code column, from the least to the most specific (a province,
     *     a district and a commune code side by side): a row's unit is its most specific code
     * @param name  the 0-based unit name column, -1 if none
     * @param warning  a warning about the layout (a fixed count column headed as something else),
     *     null if none
     */
    record Layout(int headerRow, int code, int count, int population, List<Integer> rate,
                  List<Integer> codes, int name, Problem warning) {

        Layout(int headerRow, int code, int count, int population, List<Integer> rate) {
            this(headerRow, code, count, population, rate, List.of(code), -1, null);
        }
    }

    /**
     * What the search gave: a layout, or a problem that names the header cells at fault, or
     * neither when the sheet has no header.
     *
     * @param layout  the layout, null if none
     * @param problem  why the header is refused, null if none
     */
    record Found(Layout layout, Problem problem) {
    }

    private HeaderFinder() {
    }

    /**
     * Searches rows for the header.
     *
     * @param rows  the sheet's first rows, in order
     * @param mapping  the header terms and fixed places
     * @param file  the file, for locations
     * @param sheet  the sheet, for locations
     * @return what was found, not null
     */
    static Found find(List<SheetRow> rows, ColumnMapping mapping, String file, String sheet) {
        if (mapping.headerRow().isPresent()) {
            int wanted = mapping.headerRow().getAsInt() - 1;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).row() == wanted) {
                    SheetRow above = i > 0 && rows.get(i - 1).row() == wanted - 1
                            && headerLike(rows.get(i - 1)) ? rows.get(i - 1) : null;
                    Found f = classify(above == null ? labels(rows.get(i))
                            : combined(above, rows.get(i)), rows.get(i).row(), mapping, file,
                            sheet);
                    if (f.layout() == null && f.problem() == null && above != null) {
                        f = classify(labels(rows.get(i)), wanted, mapping, file, sheet);
                    }
                    return f.layout() == null && f.problem() == null ? fixedOnly(wanted, mapping)
                            : f;
                }
            }
            return fixedOnly(wanted, mapping);
        }
        Found ambiguous = null;
        for (int i = 0; i < rows.size(); i++) {
            SheetRow r = rows.get(i);
            if (!headerLike(r)) {
                continue;
            }
            SheetRow next = i + 1 < rows.size() && rows.get(i + 1).row() == r.row() + 1
                    && subHeaderLike(rows.get(i + 1)) ? rows.get(i + 1) : null;
            // a title row above a header that stands on its own is no group heading
            boolean standsAlone = next != null && (mapping.codeColumn().isEmpty()
                    || mapping.countColumn().isEmpty()) && isHeader(classify(labels(next),
                    next.row(), mapping, file, sheet));
            if (next != null && !standsAlone) {
                Found two = classify(combined(r, next), next.row(), mapping, file, sheet);
                if (two.layout() != null) {
                    return two;
                }
                if (two.problem() != null) {
                    // the header spans two rows: its upper row alone would name a group heading's
                    // first column, not the column the group's sub-columns leave in doubt
                    return two;
                }
            }
            Found one = classify(labels(r), r.row(), mapping, file, sheet);
            if (one.layout() != null) {
                return one;
            }
            if (one.problem() != null && ambiguous == null) {
                ambiguous = one;
            }
        }
        if (ambiguous != null) {
            return ambiguous;
        }
        return fixedOnly(-1, mapping);
    }

    private static boolean isHeader(Found f) {
        return f.layout() != null || f.problem() != null;
    }

    private static Found fixedOnly(int headerRow, ColumnMapping m) {
        if (m.codeColumn().isPresent() && m.countColumn().isPresent()) {
            return new Found(new Layout(headerRow, m.codeColumn().getAsInt(),
                    m.countColumn().getAsInt(), -1, List.of()), null);
        }
        return new Found(null, null);
    }

    /** A header row has at least two cells of text and no numbers (titles have one cell). */
    private static boolean headerLike(SheetRow r) {
        return r.texts().size() >= 2 && !r.hasNumbers();
    }

    /** The lower row of a two-row header: text only, none of it a code or a figure. */
    private static boolean subHeaderLike(SheetRow r) {
        if (r.hasNumbers() || r.texts().isEmpty()) {
            return false;
        }
        for (String t : r.texts().values()) {
            String c = UnitCodes.clean(t);
            if (c.chars().allMatch(Character::isDigit) || t.length() > 60 || isNumbering(t)
                    || Counts.read(CellValue.text(r.row(), 0, t)).issue() == Counts.Issue.NONE) {
                return false; // a figure typed as text ("21.037" of a total row) is data
            }
        }
        return true;
    }

    /** Tells whether a cell is part of a column-numbering row: {@code (1)}, {@code 2}, {@code A}. */
    static boolean isNumbering(String t) {
        return UnitCodes.clean(t).matches("\\(?(\\d{1,2}|[A-Za-z])\\)?(=\\(?\\d{1,2}\\)?[+x*/-]\\(?"
                + "\\d{1,2}\\)?)?");
    }

    private static Map<Integer, Label> labels(SheetRow r) {
        Map<Integer, Label> out = new TreeMap<>();
        r.texts().forEach((col, text) -> out.put(col, new Label(text, ref(col, r.row()))));
        return out;
    }

    /**
     * Joins a two-row header: each lower cell under its group heading, the heading of a merged
     * group being written only in its first column.
     */
    private static Map<Integer, Label> combined(SheetRow upper, SheetRow lower) {
        Map<Integer, String> up = upper.texts();
        Map<Integer, String> low = lower.texts();
        Map<Integer, Label> out = new TreeMap<>();
        int last = Math.max(up.isEmpty() ? -1 : ((TreeMap<Integer, String>) up).lastKey(),
                low.isEmpty() ? -1 : ((TreeMap<Integer, String>) low).lastKey());
        String group = null;
        for (int col = 0; col <= last; col++) {
            String u = up.get(col);
            String l = low.get(col);
            if (u != null) {
                group = l != null ? u : null;
            } else if (l == null) {
                group = null;
            }
            String heading = u != null ? u : group;
            if (heading == null && l == null) {
                continue;
            }
            String text = heading == null ? l : l == null ? heading : heading + " " + l;
            out.put(col, new Label(text, ref(col, l != null ? lower.row() : upper.row())));
        }
        return out;
    }

    /** A column's header text and the cell it is read from. */
    private record Label(String text, String cell) {
    }

    private static Found classify(Map<Integer, Label> labels, int headerRow, ColumnMapping m,
                                  String file, String sheet) {
        List<Integer> codes = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Integer> rates = new ArrayList<>();
        int population = -1;
        int name = -1;
        for (Map.Entry<Integer, Label> e : labels.entrySet()) {
            switch (m.roleOf(e.getValue().text())) {
                case CODE -> codes.add(e.getKey());
                case COUNT -> counts.add(e.getKey());
                case RATE -> rates.add(e.getKey());
                case POPULATION -> population = population < 0 ? e.getKey() : population;
                case NAME -> name = name < 0 ? e.getKey() : name;
                default -> {
                }
            }
        }
        Problem warning = null;
        if (m.codeColumn().isPresent()) {
            codes = List.of(m.codeColumn().getAsInt());
        }
        if (m.countColumn().isPresent()) {
            int fixed = m.countColumn().getAsInt();
            Label l = labels.get(fixed);
            ColumnMapping.Role role = l == null ? ColumnMapping.Role.OTHER : m.roleOf(l.text());
            if (role == ColumnMapping.Role.POPULATION || role == ColumnMapping.Role.RATE
                    || role == ColumnMapping.Role.CODE || role == ColumnMapping.Role.NAME) {
                warning = Problem.warning("header.count-column-doubtful",
                        Location.cell(file, sheet, l.cell()), l.text(), "Cột số lượng được chỉ định ("
                        + ImportMessages.column(fixed) + ") có tiêu đề \"" + l.text() + "\", giống"
                        + " cột " + roleVi(role) + "; hãy kiểm tra lại.", "The count column given ("
                        + ImportMessages.column(fixed) + ") is headed \"" + l.text() + "\", which"
                        + " reads as the " + roleEn(role) + " column; check it.");
            }
            counts = List.of(fixed);
        }
        counts = narrowCounts(counts, labels);
        if (codes.isEmpty() || counts.isEmpty()) {
            return new Found(null, null);
        }
        if (counts.size() > 1) {
            return new Found(null, twoColumns("header.ambiguous-count", labels, counts, file, sheet,
                    "số lượng", "count", "--count-column"));
        }
        int count = counts.get(0);
        // several code columns (province, district, commune side by side): a row's unit is its
        // most specific code, the rightmost that is filled in
        int code = codes.get(codes.size() - 1);
        rates.remove(Integer.valueOf(count));
        return new Found(new Layout(headerRow, code, count, population == count
                || codes.contains(population) ? -1 : population, List.copyOf(rates),
                List.copyOf(codes), name == count || codes.contains(name) ? -1 : name, warning),
                null);
    }

    /**
     * Narrows the candidate count columns as offices lay them out: a daily increase
     * ({@code Trong ngày}, {@code Tăng so với ngày trước}, {@code Tăng mới}) is never the
     * cumulative count; a total ({@code Tổng}, {@code Lũy kế}, {@code Cộng dồn}) wins over its
     * parts ({@code Cán bộ, công chức | Người dân}); a whole count over one platform's
     * ({@code Android}, {@code iOS}). What is still in doubt is refused.
     */
    private static List<Integer> narrowCounts(List<Integer> counts, Map<Integer, Label> labels) {
        if (counts.size() < 2) {
            return counts;
        }
        List<Integer> c = keepIfAny(counts, x -> !isIncrease(labels.get(x).text()));
        c = keepIfAny(c, x -> isCumulative(labels.get(x).text()));
        return keepIfAny(c, x -> !ColumnMapping.isPerPlatform(labels.get(x).text()));
    }

    private static List<Integer> keepIfAny(List<Integer> in,
                                           java.util.function.IntPredicate keep) {
        List<Integer> out = in.stream().filter(keep::test).toList();
        return out.isEmpty() ? in : out;
    }

    private static boolean isIncrease(String header) {
        String f = " " + HeaderText.fold(HeaderText.normalise(header)) + " ";
        return f.contains(" trong ngay ") || f.contains(" tang ") || f.contains(" moi ")
                || f.contains(" so voi ") || f.contains(" increase") || f.contains(" daily ")
                || f.contains(" new ");
    }

    private static boolean isCumulative(String header) {
        String f = " " + HeaderText.fold(HeaderText.normalise(header)) + " ";
        return f.contains(" tong ") || f.contains(" luy ke ") || f.contains(" cong don ")
                || f.contains(" total ") || f.contains(" cumulative ");
    }

    private static String roleVi(ColumnMapping.Role role) {
        return switch (role) {
            case POPULATION -> "dân số";
            case RATE -> "tỷ lệ";
            case CODE -> "mã đơn vị";
            default -> "tên đơn vị";
        };
    }

    private static String roleEn(ColumnMapping.Role role) {
        return switch (role) {
            case POPULATION -> "population";
            case RATE -> "rate";
            case CODE -> "unit code";
            default -> "unit name";
        };
    }

    private static Problem twoColumns(String problem, Map<Integer, Label> labels,
                                      List<Integer> cols, String file, String sheet, String vi,
                                      String en, String option) {
        Label a = labels.get(cols.get(0));
        Label b = labels.get(cols.get(1));
        String both = a.cell() + " \"" + a.text() + "\", " + b.cell() + " \"" + b.text() + "\"";
        return Problem.error(problem, Location.cell(file, sheet, b.cell()), b.text(),
                "Có nhiều cột có thể là cột " + vi + ": " + both + ". Hãy đổi tên một cột, hoặc chỉ"
                        + " rõ cột cần đọc (" + option + " hoặc tệp ánh xạ).", "More than one"
                        + " column could be the " + en + " column: " + both + ". Rename one, or"
                        + " say which to read (" + option + " or a mapping file).");
    }

    private static String ref(int col, int row) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(col) + (row + 1);
    }
}
