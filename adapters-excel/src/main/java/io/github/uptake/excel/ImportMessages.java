package io.github.uptake.excel;

import io.github.uptake.format.UptakeFormat;
import io.github.uptake.model.Unit;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The import's messages about whole rows and sheets, in Vietnamese and English, and the list they
 * are collected in. Not part of the API.
 */
final class ImportMessages {
    private static final UptakeFormat VI = UptakeFormat.vietnamese();
    private static final UptakeFormat EN = UptakeFormat.english();

    private ImportMessages() {
    }

    /** Collects problems up to a cap, noting how many more there were; some go first. */
    static final class Sink {
        private final int cap;
        private final List<Problem> first = new ArrayList<>();
        private final List<Problem> list = new ArrayList<>();
        private final java.util.Set<Problem> seen = new java.util.HashSet<>();
        private int dropped;
        private boolean errors;

        Sink(int cap) {
            this.cap = cap;
        }

        void add(Problem p) {
            if (!seen.add(p)) {
                return; // a template read once per segment finds a code's problem once
            }
            errors |= p.blocking();
            if (list.size() < cap) {
                list.add(p);
            } else {
                dropped++;
            }
        }

        /** Adds a problem that must be read before all others (a limit that stopped reading). */
        void first(Problem p) {
            errors |= p.blocking();
            first.add(p);
        }

        boolean hasErrors() {
            return errors;
        }

        List<Problem> list() {
            List<Problem> out = new ArrayList<>(first);
            out.addAll(list);
            if (dropped > 0) {
                out.add(new Problem(errors ? Severity.ERROR : Severity.WARNING, "problems.more",
                        Location.NOWHERE, null, "Còn " + dropped + " lỗi khác không liệt kê.",
                        dropped + " more problem(s) not listed."));
            }
            return out;
        }
    }

    /** Tells whether a label marks a subtotal or total row. */
    static boolean isTotalLabel(String text) {
        String t = HeaderText.fold(HeaderText.normalise(text));
        return t.equals("cong") || t.startsWith("cong ") || t.equals("tong") || t.startsWith("tong ")
                || t.startsWith("total") || t.equals("sum") || t.startsWith("subtotal")
                || t.startsWith("grand total") || t.startsWith("toan huyen")
                || t.startsWith("toan tinh");
    }

    static Problem overDenominator(boolean strict, Location at, String raw, long count, long den,
                                   String unit) {
        String vi = "Số lượng " + VI.count(count) + " vượt mẫu số " + VI.count(den) + " của "
                + unit + "; hãy kiểm tra lại.";
        String en = "The count " + EN.count(count) + " exceeds the denominator " + EN.count(den)
                + " of " + unit + "; check it.";
        return strict ? Problem.error("count.over-denominator", at, raw, vi, en)
                : Problem.warning("count.over-denominator", at, raw, vi, en);
    }

    static Problem populationDiffers(Location at, String raw, long population, long den,
                                     String unit) {
        return Problem.warning("population.differs", at, raw, "Dân số trong tệp ("
                + VI.count(population) + ") khác mẫu số đang lưu của " + unit + " ("
                + VI.count(den) + "); tỷ lệ được tính theo mẫu số đang lưu.", "The population in"
                + " the file (" + EN.count(population) + ") differs from the stored denominator of "
                + unit + " (" + EN.count(den) + "); rates use the stored denominator.");
    }

    static Problem parentMismatch(Location at, Unit unit, long value, long sum, int rows) {
        return Problem.error("parent.mismatch", at, Long.toString(value), "Số của " + unit.code()
                + " " + unit.name() + " (" + VI.count(value) + ") khác tổng " + rows + " dòng đơn"
                + " vị trực thuộc trong trang (" + VI.count(sum) + "); hãy sửa cho khớp.",
                "The figure of " + unit.code() + " " + unit.name() + " (" + EN.count(value)
                        + ") differs from the sum of its " + rows + " unit rows in the sheet ("
                        + EN.count(sum) + "); make them agree.");
    }

    static Problem totalMismatch(Location at, String label, long value, long before, long all,
                                 Unit named, long namedSum) {
        String l = label == null ? "" : " \"" + label.strip() + "\"";
        String viNamed = named == null ? "" : ", các đơn vị của " + named.name() + " "
                + VI.count(namedSum);
        String enNamed = named == null ? "" : ", the units of " + named.name() + " "
                + EN.count(namedSum);
        return Problem.error("total.mismatch", at, Long.toString(value), "Dòng tổng" + l + " ("
                + VI.count(value) + ") không khớp với các dòng nó cộng (các dòng phía trên "
                + VI.count(before) + ", toàn trang " + VI.count(all) + viNamed + "); hãy sửa.",
                "The totals row" + l + " (" + EN.count(value) + ") does not match the rows it"
                        + " adds up (the rows above it " + EN.count(before) + ", the whole sheet "
                        + EN.count(all) + enNamed + "); correct it.");
    }

    static String column(int col) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(col);
    }

    static String ref(int col, int row) {
        return column(col) + (row + 1);
    }
}
