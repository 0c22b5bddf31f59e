package io.github.uptake.app;

import io.github.uptake.excel.CheckedRow;
import io.github.uptake.problem.Problem;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code uptake import} prints for each file, in Vietnamese or English: the import summary of
 * a stored file (the sheet read, units stored and unchanged, the totals checked, the warnings), the
 * dry-run table (unit by unit, old figure → new figure, new / changed / unchanged), or the
 * refusal with every problem at its file, sheet and cell. Every problem is printed as
 * {@link ImportTexts#line} writes it: its place in the reader's language (none for a problem of no
 * place), its message, and the value found, if any. Summaries and tables go to standard output,
 * refusals to standard error. Not thread-safe: one per command.
 */
final class ImportOutput {
    private final ImportTexts t;
    private final PrintStream out;
    private final PrintStream err;

    ImportOutput(ImportTexts texts, PrintStream out, PrintStream err) {
        this.t = texts;
        this.out = out;
        this.err = err;
    }

    /**
     * Prints what happened to a file.
     *
     * @param shown  the file as the user named it
     * @param r  what happened
     */
    void print(String shown, WorkbookIntake.Result r) {
        switch (r.status()) {
            case REFUSED -> refused(shown, r);
            case ALREADY_IMPORTED -> {
                out.println(t.text("status.already", shown,
                        r.receipt().duplicateOf().orElseThrow()));
                problems(out, "label.warnings", r.warnings());
            }
            case STORED -> stored(shown, r);
            case CHECKED -> checked(shown, r);
            default -> throw new IllegalStateException("status " + r.status());
        }
    }

    /**
     * Prints the problems of a refused mapping file.
     *
     * @param shown  the mapping file as the user named it
     * @param problems  its problems
     */
    void mappingRefused(String shown, List<Problem> problems) {
        err.println(t.text("mapping.refused", shown));
        problems.forEach(p -> err.println("  " + t.line(p)));
    }

    private void refused(String shown, WorkbookIntake.Result r) {
        err.println(t.text("status.refused", shown));
        r.problems().forEach(p -> err.println("  " + t.line(p)));
    }

    private void stored(String shown, WorkbookIntake.Result r) {
        out.println(t.text("status.stored", shown));
        List<String[]> lines = new ArrayList<>();
        sheet(r).ifPresent(lines::add);
        lines.add(new String[] {t.text("label.stored"), t.format().count(r.receipt().accepted())});
        lines.add(new String[] {t.text("label.unchanged"),
            t.format().count(r.receipt().unchanged())});
        lines.add(new String[] {t.text("label.checked"), t.format().count(r.checked().size())});
        lines.add(new String[] {t.text("label.warnings"), t.format().count(r.warnings().size())});
        aligned(lines, r);
    }

    private void checked(String shown, WorkbookIntake.Result r) {
        out.println(t.text("status.checked", shown));
        sheet(r).ifPresent(s -> out.println("  " + s[0] + ": " + s[1]));
        ImportPreview p = r.preview();
        boolean segments = p.severalSegments();
        List<String[]> table = new ArrayList<>();
        table.add(segments ? new String[] {t.text("table.segment"), t.text("table.code"),
            t.text("table.unit"), t.text("table.old"), "", t.text("table.new"),
            t.text("table.change")} : new String[] {t.text("table.code"), t.text("table.unit"),
                t.text("table.old"), "", t.text("table.new"), t.text("table.change")});
        for (ImportPreview.Row row : p.rows()) {
            String[] cells = {row.code(), row.name(), t.previous(row), "→",
                t.format().count(row.count()), t.change(row.change())};
            if (segments) {
                String[] withSegment = new String[cells.length + 1];
                withSegment[0] = row.segment().id();
                System.arraycopy(cells, 0, withSegment, 1, cells.length);
                cells = withSegment;
            }
            table.add(cells);
        }
        table(table, segments ? new boolean[] {false, false, false, true, false, true, false}
                : new boolean[] {false, false, true, false, true, false});
        out.println("  " + t.text("preview.count", t.format().count(p.rows().size()),
                t.format().count(p.count(ImportPreview.Change.NEW)),
                t.format().count(p.count(ImportPreview.Change.CHANGED)),
                t.format().count(p.count(ImportPreview.Change.UNCHANGED))));
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {t.text("label.checked"), t.format().count(r.checked().size())});
        lines.add(new String[] {t.text("label.warnings"), t.format().count(r.warnings().size())});
        aligned(lines, r);
    }

    /** Returns the line naming the sheet and day, if a sheet was read. */
    private Optional<String[]> sheet(WorkbookIntake.Result r) {
        return r.sheet().map(s -> new String[] {t.text("label.sheet"), s
                + (r.day() == null ? "" : " (" + t.text("label.day",
                t.format().shortDate(r.day())) + ")")});
    }

    /**
     * Prints label-value lines aligned, each followed by its detail lines: the checked rows under
     * their label, the warnings under theirs.
     */
    private void aligned(List<String[]> lines, WorkbookIntake.Result r) {
        int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0) + 1;
        for (String[] l : lines) {
            out.println("  " + pad(l[0] + ":", width) + " " + l[1]);
            if (l[0].equals(t.text("label.checked"))) {
                int cells = r.checked().stream().mapToInt(c -> quoted(r, c).length()).max()
                        .orElse(0);
                for (CheckedRow c : r.checked()) {
                    out.println("    " + pad(quoted(r, c), cells) + "  " + t.checked(c,
                            r.unitName(c.label())));
                }
            } else if (l[0].equals(t.text("label.warnings"))) {
                r.warnings().forEach(p -> out.println("    " + t.line(p)));
            }
        }
    }

    private void problems(PrintStream s, String label, List<Problem> problems) {
        if (!problems.isEmpty()) {
            s.println("  " + t.text(label) + ": " + t.format().count(problems.size()));
            problems.forEach(p -> s.println("    " + t.line(p)));
        }
    }

    /** Returns a checked row's cell with its sheet, as problems locate cells. */
    private static String quoted(WorkbookIntake.Result r, CheckedRow c) {
        return r.sheet().map(s -> "'" + s.replace("'", "''") + "'!" + c.cell()).orElse(c.cell());
    }

    /** Prints rows as columns, numbers (marked true) aligned right. */
    private void table(List<String[]> rows, boolean[] right) {
        int[] width = new int[right.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder b = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                String cell = right[i] ? " ".repeat(width[i] - row[i].length()) + row[i]
                        : pad(row[i], width[i]);
                b.append(cell).append(i + 1 < row.length ? "  " : "");
            }
            out.println(b.toString().stripTrailing());
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
