package io.github.uptake.excel;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Unit;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the data rows of one sheet, below its header, into reports, and checks what the sheet
 * says of itself. Not part of the API; not thread-safe.
 *
 * <p>A row with a unit code is that unit's figure; a unit with children (a district among its
 * communes) is stored as its own figure and checked against the rows of its units below it in the
 * sheet. A row without a code whose label says it is a total ({@code Cộng}, {@code Tổng cộng:},
 * {@code TỔNG CỘNG TOÀN HUYỆN}, {@code Tổng số (11 xã, thị trấn)}), or names a unit with children,
 * is checked and never stored: it must equal the rows it covers (those since the previous total,
 * those up to the next, all of them, or those of the unit it names). Rows without a figure (blank
 * rows, notes, signature blocks) are passed over; a figure without a code is refused. When a unit's
 * figure is refused, the sums over it are not checked: the file is refused already, and the clerk
 * sees the figure at fault rather than every total above it.
 */
final class SheetRows implements WorkbookReader.RowSink {

    /** A total row without a code; unlabelled if it has no label, which only its sum makes one. */
    private record TotalRow(String label, long value, boolean numeric, int row, String cell,
                            int namedUnit, boolean unlabelled) {
    }

    private final String file;
    private final String sheet;
    private final HeaderFinder.Layout layout;
    private final HierarchyVersion version;
    private final Segment segment;
    private final LocalDate asOf;
    private final ImportMessages.Sink problems;
    private final UnitCodes codes;
    private final Map<String, Long> denominators;
    private final boolean strict;
    private final int maxRows;
    private final String submittedBy;
    private final java.time.Instant now;
    private final List<TotalRow> totals = new ArrayList<>();
    /** The unit rows, in sheet order: ordinal, figure, typed as a number or not, 0-based row. */
    private int[] ordinals = new int[64];
    private long[] values = new long[64];
    private boolean[] numeric = new boolean[64];
    private int[] rowIndex = new int[64];
    private int n;
    /** The sheet row (from 1) of each unit's row, by ordinal; 0 if none. */
    private final int[] rowOf;
    private final List<Report> reports = new ArrayList<>();
    private final List<CheckedRow> checked = new ArrayList<>();
    private final UnitNames names;
    private int rowsRead;
    /** Whether a unit's figure was refused: the sums over it cannot be checked then. */
    private boolean figureRefused;
    private boolean firstDataRow = true;

    SheetRows(String file, String sheet, HeaderFinder.Layout layout, ImportContext ctx,
              Segment segment, LocalDate asOf, String reportingUnit, Map<String, Long> dens,
              ImportMessages.Sink problems, int maxRows) {
        this.file = file;
        this.sheet = sheet;
        this.layout = layout;
        this.version = ctx.version();
        this.segment = segment;
        this.asOf = asOf;
        this.problems = problems;
        this.codes = new UnitCodes(version, reportingUnit);
        this.denominators = dens;
        this.strict = ctx.strict();
        this.maxRows = maxRows;
        this.submittedBy = ctx.submittedBy();
        this.now = ctx.now();
        this.names = new UnitNames(version, codes);
        this.rowOf = new int[version.size()];
    }

    @Override
    public boolean row(int row, List<CellValue> cells) {
        if (row <= layout.headerRow()) {
            return true;
        }
        if (++rowsRead > maxRows) {
            problems.first(Problem.error("sheet.too-many-rows", Location.of(file, sheet, null,
                    row + 1, null), null, "Trang có quá " + maxRows + " dòng; hãy chia thành"
                    + " nhiều tệp.", "The sheet has more than " + maxRows + " rows; split it into"
                    + " several files."));
            return false;
        }
        if (firstDataRow) {
            firstDataRow = false;
            if (numberingRow(cells)) {
                return true;
            }
        }
        CellValue codeCell = null;
        CellValue countCell = null;
        CellValue populationCell = null;
        String label = null;
        String name = null;
        int codeRank = -1;
        for (CellValue c : cells) {
            int rank = layout.codes().indexOf(c.column());
            if (rank >= 0) {
                // of a province, a district and a commune code, the most specific filled in
                if (!c.isBlank() && rank > codeRank) {
                    codeCell = c;
                    codeRank = rank;
                }
            } else if (c.column() == layout.name()) {
                name = c.isText() && !c.isBlank() ? c.text() : null;
            } else if (c.column() == layout.count()) {
                countCell = c;
            } else if (c.column() == layout.population()) {
                populationCell = c;
            }
            if (label == null && c.isText() && !c.isBlank() && c.column() != layout.count()
                    && !layout.rate().contains(c.column()) && c.column() != layout.population()
                    && c.text().chars().anyMatch(Character::isLetter)) {
                label = c.text();
            }
        }
        UnitCodes.Read code = codes.read(codeCell, name != null ? name : label, file, sheet);
        boolean noFigure = countCell == null || countCell.isBlank();
        switch (code.kind()) {
            case CODE -> {
                if (!noFigure) {
                    unitRow(code, countCell, populationCell, name, row);
                } else if (version.isLeafAt(code.ordinal())) {
                    noFigure(code.ordinal(), row);
                }
            }
            case REFUSED -> {
                if (!noFigure) {
                    problems.add(code.problem());
                    figureRefused = true;
                }
            }
            default -> {
                if (!noFigure) {
                    noCodeRow(countCell, label, row);
                }
            }
        }
        return true;
    }

    @Override
    public void merged(org.apache.poi.ss.util.CellRangeAddress range) {
        if (range.getFirstRow() != range.getLastRow() && range.getFirstRow() > layout.headerRow()
                && range.getFirstColumn() <= layout.count()
                && range.getLastColumn() >= layout.count()) {
            String cell = ImportMessages.ref(layout.count(), range.getFirstRow());
            problems.add(Problem.error("count.merged", Location.cell(file, sheet, cell),
                    range.formatAsString(), "Ô số lượng " + range.formatAsString() + " được gộp qua"
                    + " nhiều dòng, nên các đơn vị ở các dòng đó không có số riêng; hãy bỏ gộp ô và"
                    + " nhập số của từng đơn vị.", "The count cells " + range.formatAsString()
                    + " are merged over several rows, so the units on those rows have no figure"
                    + " of their own; unmerge them and type each unit's figure."));
            figureRefused = true;
        }
    }

    /** A unit listed without a figure: nothing is stored for it, and the summary says so. */
    private void noFigure(int ordinal, int row) {
        Unit u = version.unitAt(ordinal);
        problems.add(Problem.warning("unit.no-figure", Location.cell(file, sheet,
                ImportMessages.ref(layout.count(), row)), u.code(), "Dòng của " + u.code() + " "
                + u.name() + " không có số liệu: không lưu gì cho đơn vị này (số liệu trước của"
                + " đơn vị vẫn được giữ).", "The row of " + u.code() + " " + u.name() + " has no"
                + " figure: nothing is stored for it (its earlier figure stays)."));
    }

    /**
     * Compares the row's name with its code's unit: a name that is another unit's next to it (two
     * codes swapped) refuses the row; any other difference is a warning.
     */
    private boolean nameAgrees(int ordinal, String name, int row) {
        if (name == null || ImportMessages.isTotalLabel(name)) {
            return true;
        }
        Unit unit = version.unitAt(ordinal);
        String key = UnitNames.key(name);
        if (UnitNames.sameName(key, unit.name())) {
            return true;
        }
        Location at = Location.cell(file, sheet, ImportMessages.ref(layout.name(), row));
        // the name of another unit of the same province: the code is that unit's or a slip
        int area = ordinal;
        for (int up = 0; up < 2 && version.parentOrdinal(area) > 0; up++) {
            area = version.parentOrdinal(area);
        }
        if (area != ordinal) {
            for (int o = area + 1, end = version.subtreeEnd(area); o < end; o++) {
                Unit other = version.unitAt(o);
                if (o != ordinal && version.depthAt(o) == version.depthAt(ordinal)
                        && UnitNames.sameName(key, other.name())) {
                    problems.add(Problem.error("unit.name-mismatch", at, name, "Mã " + unit.code()
                            + " là " + unit.name() + ", nhưng dòng này ghi \"" + name + "\", tên"
                            + " của " + other.code() + ": mã và tên không khớp (có thể bị đổi chỗ);"
                            + " hãy sửa mã hoặc tên.", "Code " + unit.code() + " is " + unit.name()
                            + ", but the row says \"" + name + "\", the name of " + other.code()
                            + ": code and name disagree (swapped?); correct the code or the name."));
                    figureRefused = true;
                    return false;
                }
            }
        }
        problems.add(Problem.warning("unit.name-differs", at, name, "Mã " + unit.code() + " là "
                + unit.name() + ", dòng này ghi \"" + name + "\"; đã lưu theo mã, hãy kiểm tra.",
                "Code " + unit.code() + " is " + unit.name() + ", the row says \"" + name
                        + "\"; stored by its code, check it."));
        return true;
    }

    private void unitRow(UnitCodes.Read code, CellValue countCell, CellValue populationCell,
                         String name, int row) {
        Location at = Location.cell(file, sheet, countCell.ref());
        Location codeAt = Location.cell(file, sheet, ImportMessages.ref(layout.code(), row));
        if (code.warning() != null) {
            problems.add(code.warning());
        }
        if (!nameAgrees(code.ordinal(), name, row)) {
            return;
        }
        String unit = version.unitAt(code.ordinal()).code();
        int seen = rowOf[code.ordinal()];
        if (seen != 0) {
            figureRefused = true;
            problems.add(Problem.error("row.duplicate", codeAt, unit, "Mã đơn vị " + unit
                    + " đã có ở dòng " + seen + ".", "Unit code " + unit
                    + " already appears on row " + seen + "."));
            return;
        }
        rowOf[code.ordinal()] = row + 1;
        if (countCell.failed()) {
            problems.add(Cells.formulaProblem(countCell, at));
            figureRefused = true;
            return;
        }
        Counts.Read r = Counts.read(countCell);
        if (r.issue() != Counts.Issue.NONE) {
            problems.add(Cells.countProblem(r.issue(), at, countCell.raw()));
            figureRefused = true;
            return;
        }
        Long den = denominators.get(unit + "|" + segment.id());
        if (den != null && r.value() > den) {
            problems.add(ImportMessages.overDenominator(strict, at, countCell.raw(), r.value(),
                    den, unit));
        }
        if (populationCell != null && den != null && !populationCell.failed()) {
            Counts.Read p = Counts.read(populationCell);
            if (p.issue() == Counts.Issue.NONE && p.value() != den) {
                problems.add(ImportMessages.populationDiffers(Location.cell(file, sheet,
                        populationCell.ref()), populationCell.raw(), p.value(), den, unit));
            }
        }
        add(code.ordinal(), r.value(), countCell.isNumber(), row);
        reports.add(Report.of(unit, segment, asOf, r.value(), now, submittedBy,
                file + "!'" + sheet + "'!" + countCell.ref()));
    }

    private void noCodeRow(CellValue countCell, String label, int row) {
        Location at = Location.cell(file, sheet, countCell.ref());
        boolean total = label != null && ImportMessages.isTotalLabel(label);
        int named = label == null ? -1 : names.parentNamed(label);
        if (countCell.failed()) {
            problems.add(Cells.formulaProblem(countCell, at));
            return;
        }
        Counts.Read r = Counts.read(countCell);
        if (r.issue() == Counts.Issue.NOT_A_NUMBER && !total && named < 0) {
            return; // a note or a signature line in the count column
        }
        if (!total && named < 0 && (label != null || r.issue() != Counts.Issue.NONE)) {
            problems.add(noCode(at, countCell.raw()));
            return;
        }
        if (r.issue() != Counts.Issue.NONE) {
            problems.add(Cells.countProblem(r.issue(), at, countCell.raw()));
            return;
        }
        // a figure with neither code nor label is a total only if it is one of the sums
        totals.add(new TotalRow(label, r.value(), countCell.isNumber(), row, countCell.ref(),
                named >= 0 ? named : total ? names.namedInTotal(label) : -1,
                !total && named < 0));
    }

    private Problem noCode(Location at, String raw) {
        return Problem.error("row.no-code", at, raw,
                "Có số liệu nhưng thiếu mã đơn vị ở cột " + ImportMessages.column(layout.code())
                        + " (một dòng tổng cần có nhãn như \"Cộng\" hoặc \"Tổng cộng\").",
                "A figure without a unit code in column " + ImportMessages.column(layout.code())
                        + " (a totals row needs a label such as \"Cộng\" or \"Tổng cộng\").");
    }

    /** A row numbering the columns right under the header: {@code (1) (2) (3)}, {@code A B 1 2}. */
    private static boolean numberingRow(List<CellValue> cells) {
        if (cells.size() < 3) {
            return false;
        }
        int previous = Integer.MIN_VALUE;
        for (CellValue c : cells) {
            if (c.failed()) {
                return false;
            }
            if (c.isNumber()) {
                double x = c.number();
                if (x != Math.rint(x) || x < 0 || x > 99 || (previous != Integer.MIN_VALUE
                        && x != previous + 1)) {
                    return false;
                }
                previous = (int) x;
            } else if (!HeaderFinder.isNumbering(c.text())) {
                return false;
            } else if (UnitCodes.clean(c.text()).matches("\\(?\\d{1,2}\\)?")) {
                // "(2)" or "2" typed as text follows on as a number does: [0, "5", 1] is data
                int x = Integer.parseInt(UnitCodes.clean(c.text()).replaceAll("[()]", ""));
                if (previous != Integer.MIN_VALUE && x != previous + 1) {
                    return false;
                }
                previous = x;
            }
        }
        return true;
    }

    /**
     * Checks parents and totals against the rows they cover, once the sheet is read.
     *
     * @return the reports to store, in sheet order
     */
    List<Report> finish() {
        if (figureRefused) {
            // a sum over a refused figure would only repeat that error at the total's cell; a
            // figure without code or label cannot be shown to be a total then
            for (TotalRow t : totals) {
                if (t.unlabelled()) {
                    problems.add(noCode(Location.cell(file, sheet, t.cell()),
                            Long.toString(t.value())));
                }
            }
            return reports;
        }
        long[] childSum = new long[n];
        int[] childRows = new int[n];
        boolean[] base = new boolean[n];
        int[] index = new int[version.size()];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            index[ordinals[i]] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int p = version.parentOrdinal(ordinals[i]); p >= 0; p = version.parentOrdinal(p)) {
                int at = index[p];
                if (at >= 0) {
                    childSum[at] += values[i];
                    childRows[at]++;
                    break;
                }
            }
        }
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            base[i] = childRows[i] == 0;
            if (childRows[i] > 0) {
                Unit unit = version.unitAt(ordinals[i]);
                String cell = ImportMessages.ref(layout.count(), rowIndex[i]);
                // stored as the unit's own figure, so it must be the whole sum: a SUM that
                // skipped counts typed as text would store less than its communes hold
                if (values[i] != childSum[i]) {
                    problems.add(ImportMessages.parentMismatch(Location.cell(file, sheet, cell),
                            unit, values[i], childSum[i], childRows[i]));
                } else {
                    events.add(new Object[] {rowIndex[i], new CheckedRow(CheckedRow.Kind.PARENT,
                            cell, unit.code(), values[i], childRows[i])});
                }
            }
        }
        checkTotals(base, events);
        events.sort((x, y) -> Integer.compare((Integer) x[0], (Integer) y[0]));
        for (Object[] e : events) {
            checked.add((CheckedRow) e[1]);
        }
        return reports;
    }

    private void add(int ordinal, long value, boolean typedAsNumber, int row) {
        if (n == ordinals.length) {
            int size = n * 2;
            ordinals = java.util.Arrays.copyOf(ordinals, size);
            values = java.util.Arrays.copyOf(values, size);
            numeric = java.util.Arrays.copyOf(numeric, size);
            rowIndex = java.util.Arrays.copyOf(rowIndex, size);
        }
        ordinals[n] = ordinal;
        values[n] = value;
        numeric[n] = typedAsNumber;
        rowIndex[n] = row;
        n++;
    }

    private void checkTotals(boolean[] base, List<Object[]> events) {
        if (totals.isEmpty()) {
            return;
        }
        long all = 0;
        long allNumeric = 0;
        int allRows = 0;
        for (int i = 0; i < n; i++) {
            if (base[i]) {
                all += values[i];
                allNumeric += numeric[i] ? values[i] : 0;
                allRows++;
            }
        }
        for (int t = 0; t < totals.size(); t++) {
            TotalRow total = totals.get(t);
            int from = t == 0 ? -1 : totals.get(t - 1).row();
            int to = t + 1 < totals.size() ? totals.get(t + 1).row() : Integer.MAX_VALUE;
            Sum before = sum(base, from, total.row(), -1);
            Sum after = sum(base, total.row(), to, -1);
            Sum named = total.namedUnit() >= 0 ? sum(base, -1, Integer.MAX_VALUE,
                    total.namedUnit()) : null;
            Sum everything = new Sum(all, allNumeric, allRows);
            Sum match = null;
            for (Sum s : new Sum[] {named, before, after, everything}) {
                if (s != null && s.rows() > 0 && s.matches(total.value())) {
                    match = s;
                    break;
                }
            }
            if (match == null && total.unlabelled()) {
                problems.add(noCode(Location.cell(file, sheet, total.cell()),
                        Long.toString(total.value())));
            } else if (match == null) {
                problems.add(ImportMessages.totalMismatch(Location.cell(file, sheet, total.cell()),
                        total.label(), total.value(), before.value(), everything.value(),
                        named == null ? null : version.unitAt(total.namedUnit()), named == null
                                ? 0 : named.value()));
            } else {
                events.add(new Object[] {total.row(), new CheckedRow(CheckedRow.Kind.TOTAL,
                        total.cell(), total.label() == null ? "" : total.label().strip(),
                        total.value(), match.rows())});
            }
        }
    }

    /** A sum of unit rows, and the sum of those typed as numbers (a spreadsheet's SUM skips text). */
    private record Sum(long value, long numeric, int rows) {
        boolean matches(long v) {
            return v == value || v == numeric;
        }
    }

    private Sum sum(boolean[] base, int afterRow, int beforeRow, int under) {
        long v = 0;
        long typed = 0;
        int rows = 0;
        int end = under < 0 ? -1 : version.subtreeEnd(under);
        for (int i = 0; i < n; i++) {
            if (!base[i] || rowIndex[i] <= afterRow || rowIndex[i] >= beforeRow) {
                continue;
            }
            if (under >= 0 && (ordinals[i] < under || ordinals[i] >= end)) {
                continue;
            }
            v += values[i];
            typed += numeric[i] ? values[i] : 0;
            rows++;
        }
        return new Sum(v, typed, rows);
    }

    /** Returns the rows checked so far, in sheet order (complete after {@link #finish()}). */
    List<CheckedRow> checked() {
        return checked;
    }
}
