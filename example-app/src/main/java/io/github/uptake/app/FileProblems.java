package io.github.uptake.app;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems of one file being loaded. Errors are kept in the order found, up to {@value #KEPT}
 * (the rest counted), so a file of half a million bad rows cannot fill the memory; warnings that
 * say the same thing of the same value (a code padded on every row) are kept once with the number
 * of lines. Not thread-safe: one per file.
 */
final class FileProblems {
    /** How many errors are kept. */
    static final int KEPT = 1000;
    /** Problems by line, those of no line first; a stable sort keeps the order found. */
    private static final Comparator<Problem> BY_LINE = Comparator.comparingInt(
            p -> p.location().line().orElse(0));

    private final List<Problem> errors = new ArrayList<>();
    private int errorCount;
    private final Map<String, Problem> warnings = new LinkedHashMap<>();
    private final Map<String, Integer> warningLines = new LinkedHashMap<>();

    /**
     * Adds a problem.
     *
     * @param p  the problem
     */
    void add(Problem p) {
        if (p.blocking()) {
            errorCount++;
            if (errors.size() < KEPT) {
                errors.add(p);
            }
        } else {
            String key = p.code() + "\u0000" + p.rawValue() + "\u0000"
                    + p.location().field().orElse("");
            warnings.putIfAbsent(key, p);
            warningLines.merge(key, 1, Integer::sum);
        }
    }

    /**
     * Adds problems.
     *
     * @param problems  the problems
     */
    void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    /** Returns true if an error refuses the file. */
    boolean refused() {
        return errorCount > 0;
    }

    /** Returns the errors kept, by line (problems of the whole file first), else as found. */
    List<Problem> errors() {
        List<Problem> out = new ArrayList<>(errors);
        out.sort(BY_LINE);
        return out;
    }

    /** Returns the number of errors found, kept or not. */
    int errorCount() {
        return errorCount;
    }

    /** A warning with the number of lines it was found on. */
    record Warning(Problem first, int lines) {
    }

    /** Returns the warnings, each once, by the line first found on, else as found. */
    List<Warning> warnings() {
        List<Warning> out = new ArrayList<>();
        warnings.forEach((k, p) -> out.add(new Warning(p, warningLines.get(k))));
        out.sort((a, b) -> BY_LINE.compare(a.first(), b.first()));
        return out;
    }

    /**
     * Adds problems found on the model built from the file (by a builder, or by a store while
     * saving), located at the file's lines and columns: a field path such as {@code
     * reports[3].reporter}, or {@code versions[1].units[3].name}, becomes the line of that element
     * and the column of that field; any other path, the file; a problem already at a line keeps
     * it. The offending value is added to the message unless it says it already.
     *
     * @param file  the file
     * @param found  the problems
     * @param elements  the name of the list in the paths, e.g. {@code reports}
     * @param line  the line of an element by its index, with the index of an enclosing {@code
     *     versions[v]} in the high bits ({@code v << 20 | i}); -1 if unknown
     * @param columns  the CSV column of each field name of the model
     */
    void addLocated(String file, List<Problem> found, String elements, IntUnaryOperator line,
                    Map<String, String> columns) {
        Pattern path = Pattern.compile("(?:versions\\[(\\d+)\\]\\.)?" + Pattern.quote(elements)
                + "\\[(\\d+)\\](?:\\.([A-Za-z]+))?");
        for (Problem p : found) {
            String field = p.location().field().orElse(null);
            Location at = p.location().line().isPresent() ? p.location()
                    : Location.of(file, null, null, null, null);
            if (field != null && p.location().line().isEmpty()) {
                Matcher m = path.matcher(field);
                if (m.matches()) {
                    int outer = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
                    int l = line.applyAsInt(outer << 20 | Integer.parseInt(m.group(2)));
                    String column = m.group(3) == null ? null
                            : columns.getOrDefault(m.group(3), m.group(3));
                    if (l > 0) {
                        at = Location.of(file, null, null, l, column);
                    }
                }
            }
            String value = p.rawValue() == null || p.messageEn().contains(p.rawValue()) ? ""
                    : " (" + shorten(p.rawValue()) + ")";
            add(new Problem(p.severity(), p.code(), at, p.rawValue(), p.messageVi() + value,
                    p.messageEn() + value));
        }
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? "\"" + s + "\"" : "\"" + s.substring(0, 57) + "...\"";
    }
}
