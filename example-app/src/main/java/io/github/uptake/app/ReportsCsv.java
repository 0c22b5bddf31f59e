package io.github.uptake.app;

import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Reads the reports of a CSV file for {@code uptake load reports}, streamed: each row is checked
 * (every value, and its unit code against the units valid on its {@code as_of} day) and becomes a
 * {@link Report}; the file's rows are never held as text. Once a row is refused no more reports are
 * kept (the file will be refused whole), but every row is still checked, so that every problem is
 * told at once. Not thread-safe: one per file.
 */
final class ReportsCsv {
    /** The layout: {@code unit_code,segment,as_of,count,reported_at,reporter,source_ref}. */
    static final CsvTable.Layout LAYOUT = CsvTable.Layout.of(List.of("unit_code", "segment",
            "as_of", "count", "reported_at", "reporter"), "source_ref");
    /** The CSV column of each field of {@link Report}, for problems found while saving. */
    static final Map<String, String> COLUMNS = Map.of("unitCode", "unit_code", "segment",
            "segment", "asOf", "as_of", "count", "count", "reportedAt", "reported_at", "reporter",
            "reporter", "sourceRef", "source_ref");

    private final FileProblems problems = new FileProblems();
    private final CsvValues values = new CsvValues(problems);
    private final List<Report> reports = new ArrayList<>();
    private final FileCodes codes = new FileCodes();
    private int[] lines = new int[1024];
    private int rows;

    private ReportsCsv() {
    }

    /**
     * Reads a file.
     *
     * @param file  the file
     * @param name  its name, as the user gave it
     * @param units  the units of each day
     * @param scope  the reporting unit ({@code --unit}), null if none
     * @param progress  told the number of rows read, every 50.000
     * @return what was read
     * @throws IOException if the file cannot be read at all
     */
    static ReportsCsv read(Path file, String name, UnitCodeIndex.ByDay units, String scope,
                           IntConsumer progress) throws IOException {
        return read(file, name, units, scope, null, progress);
    }

    /**
     * Reads a file whose segments must be among those given.
     *
     * @param file  the file
     * @param name  its name, as the user gave it
     * @param units  the units of each day
     * @param scope  the reporting unit ({@code --unit}), null if none
     * @param segments  the segments a row may name, null for any
     * @param progress  told the number of rows read, every 50.000
     * @return what was read
     * @throws IOException if the file cannot be read at all
     */
    static ReportsCsv read(Path file, String name, UnitCodeIndex.ByDay units, String scope,
                           java.util.Set<String> segments, IntConsumer progress)
            throws IOException {
        ReportsCsv r = new ReportsCsv();
        if (segments != null) {
            r.values.knownSegments(segments);
        }
        List<Problem> table = CsvTable.read(file, name, LAYOUT, row -> {
            r.row(row, units, scope);
            if (++r.rows % 50_000 == 0) {
                progress.accept(r.rows);
            }
        });
        r.problems.addAll(table);
        r.codes.settle(scope, r.problems, (unit, i) -> {
            Report was = r.reports.get(i);
            r.reports.set(i, new Report(unit.code(), was.segment(), was.asOf(), was.count(),
                    was.reportedAt(), was.reporter(), was.sourceRef()));
        });
        return r;
    }

    private void row(CsvTable.Row row, UnitCodeIndex.ByDay units, String scope) {
        String raw = values.required(row, "unit_code");
        Segment segment = values.segment(row, "segment");
        LocalDate day = values.day(row, "as_of");
        Long count = values.count(row, "count");
        Instant sent = values.instant(row, "reported_at");
        String reporter = values.text(row, "reporter", true);
        String source = values.text(row, "source_ref", false);
        String code = null;
        boolean inDoubt = false;
        UnitCodeIndex.Match doubt = null;
        if (raw != null && day != null) {
            Optional<UnitCodeIndex> index = units.on(day);
            if (index.isEmpty()) {
                problems.add(Problem.error("csv.no-units", row.at("as_of"), day.toString(),
                        "Không có đơn vị nào có hiệu lực ngày " + day + ": kiểm tra as_of, hoặc"
                                + " nạp danh mục đơn vị của ngày đó (uptake load units).",
                        "No units are valid on " + day + ": check as_of, or load the units of"
                                + " that day (uptake load units)."));
            } else {
                UnitCodeIndex.Match m = index.get().find(raw);
                inDoubt = codes.note(raw, row.at("unit_code"), m);
                if (inDoubt) {
                    doubt = m;
                    code = raw;
                } else {
                    m.problem(row.at("unit_code"), raw, scope, day).ifPresent(problems::add);
                    code = m.found() ? m.unit().code() : null;
                }
            }
        }
        if (problems.refused() || code == null || segment == null || count == null
                || sent == null || reporter == null) {
            if (inDoubt) {
                codes.waitFor(-1, raw, row.at("unit_code"), doubt, day);
            }
            return;
        }
        reports.add(Report.of(code, segment, day, count, sent, reporter, source));
        if (inDoubt) {
            codes.waitFor(reports.size() - 1, raw, row.at("unit_code"), doubt, day);
        }
        if (reports.size() > lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[reports.size() - 1] = row.line();
    }

    /** Returns the problems found. */
    FileProblems problems() {
        return problems;
    }

    /** Returns the reports read, in the file's order; meaningful only if none was refused. */
    List<Report> reports() {
        return reports;
    }

    /**
     * Returns the line of a report.
     *
     * @param index  its index in {@link #reports()}
     * @return its line, or -1 if there is no such report
     */
    int line(int index) {
        return index >= 0 && index < reports.size() ? lines[index] : -1;
    }

    /** Returns the number of data rows read. */
    int rows() {
        return rows;
    }
}
