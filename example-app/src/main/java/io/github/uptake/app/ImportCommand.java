package io.github.uptake.app;

import io.github.uptake.excel.ColumnMapping;
import io.github.uptake.excel.ExcelOptions;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.Segment;
import io.github.uptake.problem.Validated;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The command {@code uptake import FILE...}: imports filled workbooks, each all or nothing, or
 * with {@code --dry-run} shows what storing them would change. Exit codes: 0 every file stored (or
 * checked, or already imported), 2 a file or the mapping file was refused, 64 a usage error.
 * Not thread-safe: one per command.
 */
final class ImportCommand {
    /** The options that take a value, besides the database's. */
    static final Set<String> OPTIONS = Set.of("unit", "date", "segment", "as", "mapping",
            "code-column", "count-column", "sheet", "header-row");
    /** The options that take no value. */
    static final Set<String> FLAGS = Set.of("strict", "dry-run");

    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command.
     *
     * @param a  its options and operands
     * @return the exit code
     * @throws Args.UsageException if an option is missing or wrong
     */
    int run(Args a) throws Args.UsageException {
        if (a.help() || a.operands().isEmpty()) {
            help(a.help() ? out : err);
            return a.help() ? UptakeApp.OK : UptakeApp.USAGE;
        }
        ImportTexts texts = ImportTexts.of(UptakeApp.format(a).locale().getLanguage()
                .equals("vi"));
        ImportOutput output = new ImportOutput(texts, out, err);
        Optional<LocalDate> day = a.get("date").isPresent()
                ? Optional.of(UptakeApp.date(a.get("date").get())) : Optional.empty();
        Segment segment = UptakeApp.segment(a);
        ColumnMapping mapping = ColumnMapping.defaults();
        if (a.get("mapping").isPresent()) {
            Validated<ColumnMapping> m = MappingFile.read(Path.of(a.get("mapping").get()));
            if (!m.isValid()) {
                output.mappingRefused(a.get("mapping").get(), m.problems());
                return UptakeApp.REJECTED;
            }
            mapping = m.value();
        }
        mapping = overrides(a, mapping);
        String submittedBy = a.get("as").orElse(System.getProperty("user.name", "uptake"));
        if (submittedBy.isBlank()) {
            throw new Args.UsageException("--as needs a name");
        }
        boolean failed = false;
        try (AppStorage db = AppStorage.open(a)) {
            Hierarchy h = db.storage().referenceStore().hierarchy(Hierarchy.TERRITORIAL)
                    .orElseThrow(() -> new Args.UsageException("the database "
                            + db.description() + " has no territorial units; run 'uptake demo'"
                            + " or 'uptake load units' first"));
            String unit = a.get("unit").orElse(null);
            if (day.isPresent() && h.versionOn(day.get()).isEmpty()) {
                throw new Args.UsageException("no territorial units are valid on " + day.get()
                        + " (the first version is of " + h.versions().get(0).validFrom() + ")");
            }
            if (unit != null && (day.isPresent() ? !h.versionOn(day.get()).orElseThrow()
                    .contains(unit) : h.versions().stream().noneMatch(v -> v.contains(unit)))) {
                throw new Args.UsageException("--unit " + unit + " is not a unit"
                        + day.map(d -> " on " + d).orElse(" of any version"));
            }
            WorkbookIntake intake = new WorkbookIntake(db.storage().referenceStore(),
                    db.storage().reportStore(), ExcelOptions.defaults(), Clock.systemUTC());
            WorkbookIntake.Request request = new WorkbookIntake.Request(day.orElse(null), false,
                    unit, segment, mapping, a.flag("strict"), submittedBy);
            for (String name : a.operands()) {
                Path file = Path.of(name);
                WorkbookIntake.Result r = a.flag("dry-run") ? intake.check(file, request)
                        : intake.store(file, request);
                output.print(name, r);
                failed |= r.refused();
            }
        }
        return failed ? UptakeApp.REJECTED : UptakeApp.OK;
    }

    /** Applies the one-off options, which override the mapping file. */
    private static ColumnMapping overrides(Args a, ColumnMapping m) throws Args.UsageException {
        try {
            if (a.get("sheet").isPresent()) {
                if (a.get("sheet").get().isBlank()) {
                    throw new Args.UsageException("--sheet needs the sheet's name");
                }
                m = m.withSheet(a.get("sheet").get());
            }
            if (a.get("header-row").isPresent()) {
                int row;
                try {
                    row = Integer.parseInt(a.get("header-row").get().strip());
                } catch (NumberFormatException e) {
                    throw new Args.UsageException("--header-row is a row number from 1, was "
                            + a.get("header-row").get());
                }
                m = m.withHeaderRow(row);
            }
            if (a.get("code-column").isPresent()) {
                m = m.withCodeColumn(a.get("code-column").get());
            }
            if (a.get("count-column").isPresent()) {
                m = m.withCountColumn(a.get("count-column").get());
            }
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException(e.getMessage());
        }
        return m;
    }

    private static void help(PrintStream s) {
        s.println("usage: uptake import FILE... [--date YYYY-MM-DD] [--unit CODE] [--segment S]");
        s.println("                    [--as USER] [--mapping FILE] [--sheet NAME] [--header-row N]");
        s.println("                    [--code-column L] [--count-column L] [--strict] [--dry-run]");
        s.println("                    [--lang vi|en] [--db PATH | --jdbc-url URL]");
        s.println("  Imports filled workbooks (.xlsx, .xls), each file all or nothing. An Uptake");
        s.println("  template names its units and day; any other sheet needs --date. The header");
        s.println("  (below title rows, on one row or two), the code and count columns, the sheet");
        s.println("  of the day, district rows among their communes (stored as the district's own");
        s.println("  figure, checked against them) and total rows (checked, never stored) are");
        s.println("  found by themselves; a mapping file or the options say what is not.");
        s.println();
        s.println("  --date D          the day the figures are as of (a template must be of it)");
        s.println("  --unit CODE       the reporting unit: the file's units must be under it, and");
        s.println("                    codes that lost their leading zeros are completed under it");
        s.println("  --segment S       the segment of sheets that are not templates (residents)");
        s.println("  --as USER         who sends the files (default: the system user)");
        s.println("  --mapping FILE    a mapping file (below)");
        s.println("  --sheet NAME      read this sheet only");
        s.println("  --header-row N    the header is row N (its last row if it spans two)");
        s.println("  --code-column L   unit codes are in column L (a letter, such as B)");
        s.println("  --count-column L  counts are in column L (such as E)");
        s.println("  --strict          a count above its unit's denominator refuses the file");
        s.println("                    (by default it is a warning)");
        s.println("  --dry-run         store nothing; show unit by unit the old figure -> the new");
        s.println("                    one (new, changed or unchanged), the totals checked and");
        s.println("                    the warnings. The old figure is the unit's figure for the");
        s.println("                    day, or its latest of the " + ImportPreview.LOOK_BACK_DAYS
                + " days before (with its day), or -");
        s.println("  --lang vi|en      messages in Vietnamese (the default) or English");
        s.println("  The options override the mapping file.");
        s.println();
        s.println("  The mapping file is YAML; every key is optional, any other key is refused");
        s.println("  with its line and column. Headers are compared ignoring case, accents,");
        s.println("  spaces and punctuation such as ':'.");
        MappingFile.documentation().forEach(l -> s.println("    " + l));
        s.println();
        s.println("  For each file: the sheet read, the units stored and unchanged, the totals");
        s.println("  checked (cell, label, figure, rows), the warnings; or \"rejected, nothing");
        s.println("  stored\" with every problem at its file, sheet and cell. The same file sent");
        s.println("  again (same sender, day, segment and unit) stores nothing (\"already");
        s.println("  imported\"); for another day it is another submission.");
        s.println("  Exit codes: 0 every file stored or checked, 2 a file or the mapping file");
        s.println("  refused, 64 a usage error.");
    }
}
