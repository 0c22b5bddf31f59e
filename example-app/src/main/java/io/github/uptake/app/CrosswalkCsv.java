package io.github.uptake.app;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.history.Fraction;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.Validated;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a crosswalk from CSV, the layout {@code uptake load crosswalk} takes:
 *
 * <pre>
 * old_code,new_code,weight,note
 * 27688,27694,1,Phường 2 merged whole into Phường 1
 * 28006,28003,303/1710,part of Xã Tân Hòa (303 people) to Xã Lương Hòa
 * 28006,28009,396/1710,
 * 28006,28012,1011/1710,
 * 99999,,,retired: no successor
 * </pre>
 *
 * <p>One row per piece. {@code weight} is {@code 1} (or empty) for a unit merged whole, or the
 * share of a split unit that goes to {@code new_code}, as {@code p/q} or a decimal ({@code 0.25});
 * the shares of a split must sum to exactly 1, and they are marked estimated. An empty {@code
 * new_code} retires the old unit. {@code note} is free text. With {@code keepUnlisted}, old leaves
 * that no row mentions go whole to the new unit with the same code, if there is one. Every problem
 * names its file and line (or the unit, for units left unmapped). The file itself (encoding,
 * header by name, codes that lost their zeros) is read by {@code uptake load crosswalk}; this class
 * checks its rows.
 */
public final class CrosswalkCsv {
    /** The header: the columns of the file, {@code note} optional. */
    public static final String HEADER = "old_code,new_code,weight,note";
    /** The layout of the file, for {@link CsvTable}. */
    static final CsvTable.Layout LAYOUT = CsvTable.Layout.of(List.of("old_code", "new_code",
            "weight"), "note");

    private CrosswalkCsv() {
    }

    /**
     * One row of a crosswalk file: a piece, or a retired unit.
     *
     * @param line  its line in the file
     * @param oldCode  the old unit's code, trimmed
     * @param newCode  the new unit's code, trimmed; empty for a retired unit
     * @param weight  the share, trimmed; empty for a whole unit
     */
    public record Row(int line, String oldCode, String newCode, String weight) {
    }

    /**
     * Returns the rows of a table read whole (shipped data), the header first, by the header's
     * names; the line of each is its index plus one. Blank rows are skipped.
     *
     * @param table  the rows, the header first
     * @return the rows
     * @throws IllegalArgumentException if the header lacks old_code, new_code or weight
     */
    public static List<Row> rows(List<List<String>> table) {
        List<String> header = table.isEmpty() ? List.of() : table.get(0).stream()
                .map(String::strip).toList();
        int o = header.indexOf("old_code");
        int n = header.indexOf("new_code");
        int w = header.indexOf("weight");
        if (o < 0 || n < 0 || w < 0) {
            throw new IllegalArgumentException("the header must name old_code, new_code and"
                    + " weight, was " + header);
        }
        List<Row> out = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> r = table.get(i);
            if (r.stream().allMatch(String::isBlank)) {
                continue;
            }
            out.add(new Row(i + 1, cell(r, o), cell(r, n), cell(r, w)));
        }
        return out;
    }

    private static String cell(List<String> r, int i) {
        return i < r.size() ? r.get(i).strip() : "";
    }

    /**
     * Reads and checks a crosswalk from a table read whole, the header first.
     *
     * @param file  the file's name, for the problems
     * @param table  its rows, the header first
     * @param from  the old version
     * @param to  the new version
     * @param source  where the crosswalk comes from (and whether it is official)
     * @param keepUnlisted  whether unlisted old leaves go whole to the same code
     * @return the crosswalk or every problem found
     */
    public static Validated<Crosswalk> read(String file, List<List<String>> table,
                                            HierarchyVersion from, HierarchyVersion to,
                                            String source, boolean keepUnlisted) {
        return read(file, rows(table), from, to, source, keepUnlisted);
    }

    /**
     * Checks the rows of a crosswalk and builds it.
     *
     * @param file  the file's name, for the problems
     * @param rows  its rows, with their lines
     * @param from  the old version
     * @param to  the new version
     * @param source  where the crosswalk comes from (and whether it is official)
     * @param keepUnlisted  whether unlisted old leaves go whole to the same code
     * @return the crosswalk or every problem found
     */
    public static Validated<Crosswalk> read(String file, Collection<Row> rows,
                                            HierarchyVersion from, HierarchyVersion to,
                                            String source, boolean keepUnlisted) {
        List<Problem> problems = new ArrayList<>();
        List<Crosswalk.Piece> pieces = new ArrayList<>();
        List<Integer> pieceLines = new ArrayList<>();
        Set<String> retired = new HashSet<>();
        Set<String> listed = new HashSet<>();
        for (Row r : rows) {
            int line = r.line();
            String oldCode = r.oldCode();
            String newCode = r.newCode();
            String weight = r.weight();
            listed.add(oldCode);
            if (newCode.isEmpty()) {
                if (!weight.isEmpty()) {
                    problems.add(Problem.error("csv.value", at(file, line, "weight"),
                            weight, "Đơn vị giải thể không có tỷ trọng; để trống cột weight.",
                            "A retired unit has no weight: leave weight empty, or give new_code."));
                }
                retired.add(oldCode);
                continue;
            }
            try {
                Fraction w = weight(weight);
                pieces.add(w.equals(Fraction.ONE) ? Crosswalk.Piece.full(oldCode, newCode)
                        : Crosswalk.Piece.partial(oldCode, newCode, w));
                pieceLines.add(line);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error("csv.value", at(file, line, "weight"),
                        weight, "Tỷ trọng không hợp lệ: " + e.getMessage(), "Invalid weight: "
                                + e.getMessage() + "; write 1, a share such as 303/1710, or 0.25"));
            }
        }
        if (keepUnlisted) {
            for (int leaf : from.leafOrdinals()) {
                String code = from.unitAt(leaf).code();
                if (!listed.contains(code) && to.contains(code)) {
                    pieces.add(Crosswalk.Piece.full(code, code));
                    pieceLines.add(null);
                }
            }
        }
        Validated<Crosswalk> checked = Crosswalk.validate(from, to, pieces, retired, source);
        for (Problem p : checked.problems()) {
            problems.add(located(file, p, pieceLines, keepUnlisted));
        }
        return Validated.of("crosswalk " + file, problems.isEmpty() ? checked.value() : null,
                problems);
    }

    private static Problem located(String file, Problem p, List<Integer> pieceLines,
                                   boolean keepUnlisted) {
        String field = p.location().field().orElse(null);
        Location at = Location.of(file, null, null, null, field);
        String hint = "";
        if (field != null && field.startsWith("pieces[")) {
            Integer line = pieceLines.get(Integer.parseInt(field.substring(7, field.indexOf(']'))));
            String column = field.endsWith("oldCode") ? "old_code" : field.endsWith("newCode")
                    ? "new_code" : null;
            at = line == null ? at : column == null ? Location.line(file, line)
                    : at(file, line, column);
        } else if (p.code().equals("crosswalk.unmapped")) {
            hint = keepUnlisted ? " Add a row for it (its code is not in the new version)."
                    : " Add a row for it, or give --keep-unlisted if it keeps its code.";
        }
        return new Problem(p.severity(), p.code(), at, p.rawValue(), p.messageVi(),
                p.messageEn() + hint);
    }

    private static Location at(String file, int line, String column) {
        return Location.of(file, null, null, line, column);
    }

    private static Fraction weight(String text) {
        if (text.isEmpty()) {
            return Fraction.ONE;
        }
        Fraction w;
        if (text.contains("/")) {
            w = Fraction.parse(text);
        } else {
            BigDecimal d;
            try {
                d = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a number", e);
            }
            w = d.scale() <= 0 ? Fraction.of(d.toBigIntegerExact(), BigInteger.ONE)
                    : Fraction.of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
        }
        if (w.isZero() || w.compareTo(Fraction.ONE) > 0 || w.numerator().signum() < 0) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a share above 0 and at most 1");
        }
        return w;
    }
}
