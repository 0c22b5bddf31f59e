package io.github.uptake.excel;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Unit;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the unit code of a row, the way the rules of the import have it: every kind of white space
 * and invisible character stripped (and said, made visible); a code that a spreadsheet turned into
 * a number (Hà Nội's ward {@code 00010} typed as {@code 10}) padded with its leading zeros only
 * when exactly one unit with those digits lies under the reporting unit; otherwise refused with
 * the candidates. A figure is never stored under an unrelated unit. Not part of the API.
 */
final class UnitCodes {

    /**
     * What the code cell of a row holds.
     *
     * @param kind  NONE (blank), LABEL (text that is no code, such as {@code Tổng cộng}), CODE (a
     *     unit, at {@code ordinal}) or REFUSED (see {@code problem})
     * @param ordinal  the unit's ordinal in the version, for CODE
     * @param problem  why the code is refused, for REFUSED
     * @param warning  a warning for CODE (cleaned or padded), or null
     */
    record Read(Kind kind, int ordinal, Problem problem, Problem warning) {
    }

    /** The kinds of {@link Read}. */
    enum Kind { NONE, LABEL, CODE, REFUSED }

    private static final Read NONE = new Read(Kind.NONE, -1, null, null);
    private static final Read LABEL = new Read(Kind.LABEL, -1, null, null);

    private final HierarchyVersion version;
    private final int scope;
    private final int scopeEnd;
    private final int longest;

    /**
     * Reads codes of a version, under a reporting unit if one is known.
     *
     * @param version  the units
     * @param reportingUnit  the unit the sheet is from, null if unknown
     */
    UnitCodes(HierarchyVersion version, String reportingUnit) {
        this.version = version;
        int s = reportingUnit == null ? -1 : version.ordinal(reportingUnit);
        this.scope = s;
        this.scopeEnd = s < 0 ? -1 : version.subtreeEnd(s);
        int max = 0;
        for (Unit u : version.units()) {
            max = Math.max(max, u.code().length());
        }
        this.longest = max;
    }

    /** Tells whether an ordinal lies under the reporting unit (any, if none is known). */
    boolean inScope(int ordinal) {
        return scope < 0 || (ordinal >= scope && ordinal < scopeEnd);
    }

    /**
     * Reads the code cell of a row.
     *
     * @param c  the cell, null if the row has none
     * @param label  the row's name or label, to choose among units that a code which lost its
     *     zeros could be, under the reporting unit only; null if none
     * @param file  the file, for locations
     * @param sheet  the sheet, for locations
     * @return what the cell holds
     */
    Read read(CellValue c, String label, String file, String sheet) {
        if (c == null || c.isBlank()) {
            return NONE;
        }
        Location at = Location.cell(file, sheet, c.ref());
        if (c.failed()) {
            return new Read(Kind.REFUSED, -1, Cells.formulaProblem(c, at), null);
        }
        if (c.isNumber()) {
            double x = c.number();
            if (x < 0 || x != Math.rint(x) || x >= 1e15) {
                return refused(at, c.raw(), List.of());
            }
            String digits = Long.toString((long) x);
            return resolve(digits, true, at, c.raw(), label);
        }
        String raw = c.text();
        String code = clean(raw);
        if (code.isEmpty()) {
            return NONE;
        }
        Problem cleaned = code.equals(raw) ? null : Problem.warning("unit.code-cleaned", at,
                HeaderText.visible(raw), "Mã \"" + HeaderText.visible(raw) + "\" có khoảng trắng"
                        + " hoặc ký tự ẩn; đã đọc là " + code + ".", "The code \""
                        + HeaderText.visible(raw) + "\" has spaces or invisible characters; read as "
                        + code + ".");
        int exact = version.ordinal(code);
        if (exact >= 0 && inScope(exact)) {
            return new Read(Kind.CODE, exact, null, cleaned);
        }
        if (!code.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            if (exact >= 0) {
                return new Read(Kind.REFUSED, -1, outside(at, code), null);
            }
            return code.chars().anyMatch(Character::isLetter) ? LABEL
                    : refused(at, HeaderText.visible(raw), List.of());
        }
        Read r = resolve(code, false, at, HeaderText.visible(raw), label);
        if (r.kind() == Kind.CODE && r.warning() == null) {
            return new Read(Kind.CODE, r.ordinal(), null, cleaned);
        }
        return r;
    }

    /**
     * Finds the unit of a string of digits: as written, or with leading zeros restored.
     *
     * @param number  true if the cell was a number (so any leading zeros were lost for sure)
     */
    private Read resolve(String digits, boolean number, Location at, String raw, String label) {
        String bare = digits.replaceFirst("^0+(?=.)", "");
        List<Integer> all = new ArrayList<>();
        List<Integer> inScope = new ArrayList<>();
        for (int width = bare.length(); width <= Math.max(longest, bare.length()); width++) {
            String candidate = "0".repeat(width - bare.length()) + bare;
            int o = version.ordinal(candidate);
            if (o >= 0) {
                all.add(o);
                if (inScope(o)) {
                    inScope.add(o);
                }
            }
        }
        int typed = version.ordinal(digits);
        if (!number && typed >= 0) {
            // text keeps what was typed: a unit as typed is padded only when it lies outside
            all.remove(Integer.valueOf(typed));
            inScope.remove(Integer.valueOf(typed));
            if (inScope.isEmpty()) {
                return new Read(Kind.REFUSED, -1, outside(at, digits), null);
            }
        }
        if (inScope.size() > 1 && scope >= 0 && label != null) {
            // under a known reporting unit, the row's name tells its ward from the district
            String key = UnitNames.key(label);
            List<Integer> named = inScope.stream().filter(o -> UnitNames.sameName(key,
                    version.unitAt(o).name())).toList();
            if (named.size() == 1) {
                inScope = named;
            }
        }
        if (inScope.size() == 1) {
            int o = inScope.get(0);
            String code = version.unitAt(o).code();
            Problem w = code.equals(digits) ? null : Problem.warning("unit.code-was-number", at,
                    raw, "Mã " + raw + " bị lưu dạng số (mất số 0 ở đầu); đã đọc là " + code + " ("
                            + version.unitAt(o).name() + ").", "Code " + raw + " was stored as a"
                            + " number (leading zeros lost); read as " + code + " ("
                            + version.unitAt(o).name() + ").");
            return new Read(Kind.CODE, o, null, w);
        }
        if (inScope.size() > 1) {
            return new Read(Kind.REFUSED, -1, ambiguous(at, raw, inScope), null);
        }
        if (!all.isEmpty()) {
            if (all.size() == 1 && version.unitAt(all.get(0)).code().equals(digits)) {
                return new Read(Kind.REFUSED, -1, outside(at, digits), null);
            }
            return new Read(Kind.REFUSED, -1, scope < 0 ? ambiguous(at, raw, all)
                    : outsideCandidates(at, raw, all), null);
        }
        return refused(at, raw, List.of());
    }

    /** Strips every kind of white space and invisible character from a code, in NFC. */
    static String clean(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (!HeaderText.isInvisible(cp)) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    private String candidates(List<Integer> ordinals) {
        StringBuilder b = new StringBuilder();
        for (int o : ordinals) {
            Unit u = version.unitAt(o);
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(u.code()).append(" (").append(u.name()).append(')');
        }
        return b.toString();
    }

    private Problem ambiguous(Location at, String raw, List<Integer> ordinals) {
        String c = candidates(ordinals);
        return Problem.error("unit.ambiguous", at, raw, "Mã " + raw + " bị lưu dạng số, mất số 0 ở"
                        + " đầu, nên có thể là: " + c + ". Hãy nhập mã đủ chữ số dưới dạng văn bản,"
                        + " hoặc cho biết đơn vị báo cáo (--unit).", "Code " + raw + " was stored"
                        + " as a number and lost its leading zeros, so it could be: " + c + ". Type"
                        + " the full code as text, or give the reporting unit (--unit).");
    }

    private Problem outsideCandidates(Location at, String raw, List<Integer> ordinals) {
        String c = candidates(ordinals);
        String unit = version.unitAt(scope).code();
        return Problem.error("unit.outside", at, raw, "Mã " + raw + " không ứng với đơn vị nào"
                + " thuộc đơn vị báo cáo " + unit + " (có thể là: " + c + ").", "Code " + raw
                + " matches no unit under the reporting unit " + unit + " (it could be: " + c
                + ").");
    }

    private Problem outside(Location at, String code) {
        String unit = version.unitAt(scope).code();
        return Problem.error("unit.outside", at, code, "Đơn vị " + code + " không thuộc đơn vị báo"
                + " cáo " + unit + ".", "Unit " + code + " is not under the reporting unit "
                + unit + ".");
    }

    private static Read refused(Location at, String raw, List<Integer> unused) {
        return new Read(Kind.REFUSED, -1, Problem.error("unit.unknown", at, raw, "Mã đơn vị "
                + raw + " không có trong danh mục.", "Unit code " + raw
                + " is not in the list of units."), null);
    }
}
