package io.github.uptake.app;

import io.github.uptake.model.Denominator;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the denominators of a CSV file for {@code uptake load denominators}: every value checked,
 * and every unit code against the units of every stored version (a denominator belongs to no day:
 * the census of 2019 describes units whose tree is of 2020). Not thread-safe: one per file.
 */
final class DenominatorsCsv {
    /** The layout: {@code unit_code,segment,count,source,vintage}. */
    static final CsvTable.Layout LAYOUT = CsvTable.Layout.of(List.of("unit_code", "segment",
            "count", "source", "vintage"));
    /** The CSV column of each field of {@link Denominator}, for problems found while saving. */
    static final Map<String, String> COLUMNS = Map.of("unitCode", "unit_code", "segment",
            "segment", "count", "count", "source", "source", "vintage", "vintage");

    private final FileProblems problems = new FileProblems();
    private final CsvValues values = new CsvValues(problems);
    private final List<Denominator> denominators = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final FileCodes codes = new FileCodes();

    private DenominatorsCsv() {
    }

    /**
     * Reads a file.
     *
     * @param file  the file
     * @param name  its name, as the user gave it
     * @param units  the codes of every stored version
     * @param scope  the reporting unit ({@code --unit}), null if none
     * @return what was read
     * @throws IOException if the file cannot be read at all
     */
    static DenominatorsCsv read(Path file, String name, UnitCodeIndex units, String scope)
            throws IOException {
        DenominatorsCsv d = new DenominatorsCsv();
        List<Problem> table = CsvTable.read(file, name, LAYOUT, row -> d.row(row, units, scope));
        d.problems.addAll(table);
        d.codes.settle(scope, d.problems, (unit, i) -> {
            Denominator was = d.denominators.get(i);
            d.denominators.set(i, new Denominator(unit.code(), was.segment(), was.count(),
                    was.source(), was.vintage()));
        });
        return d;
    }

    private void row(CsvTable.Row row, UnitCodeIndex units, String scope) {
        String raw = values.required(row, "unit_code");
        Segment segment = values.segment(row, "segment");
        Long count = values.count(row, "count");
        String source = values.text(row, "source", true);
        LocalDate vintage = values.day(row, "vintage");
        String code = null;
        UnitCodeIndex.Match doubt = null;
        if (raw != null) {
            UnitCodeIndex.Match m = units.find(raw);
            if (codes.note(raw, row.at("unit_code"), m)) {
                doubt = m;
                code = raw;
            } else {
                m.problem(row.at("unit_code"), raw, scope, null).ifPresent(problems::add);
                code = m.found() ? m.unit().code() : null;
            }
        }
        if (problems.refused() || code == null || segment == null || count == null
                || source == null || vintage == null) {
            if (doubt != null) {
                codes.waitFor(-1, raw, row.at("unit_code"), doubt, null);
            }
            return;
        }
        denominators.add(new Denominator(code, segment, count, source, vintage));
        if (doubt != null) {
            codes.waitFor(denominators.size() - 1, raw, row.at("unit_code"), doubt, null);
        }
        lines.add(row.line());
    }

    /** Returns the problems found. */
    FileProblems problems() {
        return problems;
    }

    /** Returns the denominators read, in the file's order. */
    List<Denominator> denominators() {
        return denominators;
    }

    /**
     * Returns the line of a denominator.
     *
     * @param index  its index in {@link #denominators()}
     * @return its line, or -1
     */
    int line(int index) {
        return index >= 0 && index < lines.size() ? lines.get(index) : -1;
    }
}
