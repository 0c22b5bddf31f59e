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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command {@code uptake import FILE...}: imports filled workbooks, each all or nothing, or
 * with {@code --dry-run} shows what storing them would change. Exit codes: 0 every file stored (or
 * checked, or already imported), 2 a file or the mapping file was refused, 64 a usage error.
 * Not thread-safe: one per command line.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import filled workbooks, each file all or nothing.%n",
                "The workbooks are .xlsx or .xls files. An Uptake template names its units and"
                        + " day; any other sheet needs --date. The header (below title rows, on"
                        + " one row or two), the code and count columns, the sheet of the day, district rows among their communes"
                        + " (stored as the district's own figure, checked against them) and"
                        + " total rows (checked, never stored) are found by themselves; a mapping"
                        + " file or the options say what is not. The options override the"
                        + " mapping file."})
final class ImportCommand implements Callable<Integer> {
    // 0..* for picocli, so that 'import messages' needs no workbook; call() requires one
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "the workbooks to import")
    private List<String> files = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "the day the figures are as of (a template must be of it)")
    private LocalDate day;

    @Option(names = "--unit", paramLabel = "CODE", description = "the reporting unit: the"
            + " file's units must be under it, and codes that lost their leading zeros are"
            + " completed under it")
    private String unit;

    @Option(names = "--segment", paramLabel = "S", converter = SegmentConverter.class,
            description = "the segment of sheets that are not templates (default residents)")
    private Segment segment;

    @Option(names = "--as", paramLabel = "USER",
            description = "who sends the files (default: the system user)")
    private String submittedBy;

    @Option(names = "--mapping", paramLabel = "FILE", description = "a mapping file (below)")
    private String mappingFile;

    @Option(names = "--sheet", paramLabel = "NAME", description = "read this sheet only")
    private String sheet;

    @Option(names = "--header-row", paramLabel = "N",
            description = "the header is row N (its last row if it spans two)")
    private String headerRow;

    @Option(names = "--code-column", paramLabel = "L",
            description = "unit codes are in column L (a letter, such as B)")
    private String codeColumn;

    @Option(names = "--count-column", paramLabel = "L",
            description = "counts are in column L (such as E)")
    private String countColumn;

    @Option(names = "--strict", description = "a count above its unit's denominator refuses"
            + " the file (by default it is a warning)")
    private boolean strict;

    @Option(names = "--dry-run", description = "store nothing; show unit by unit the old figure"
            + " -> the new one (new, changed or unchanged), the totals checked and the warnings."
            + " The old figure is the unit's figure for the day, or its latest of the "
            + ImportPreview.LOOK_BACK_DAYS + " days before (with its day), or -")
    private boolean dryRun;

    @Mixin
    private LanguageOption language = new LanguageOption();
    @Mixin
    private DatabaseOptions database = new DatabaseOptions();

    private CommandSpec spec;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * Makes the command.
     *
     * @param out  where the summaries go, not null
     * @param err  where refusals go, not null
     */
    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Returns the language option, for the {@code messages} subcommand. */
    LanguageOption language() {
        return language;
    }

    /** Returns the database options, for the {@code messages} subcommand. */
    DatabaseOptions database() {
        return database;
    }

    /** Takes the command's model from picocli and adds the help text built from code. */
    @Spec
    void spec(CommandSpec commandSpec) {
        this.spec = commandSpec;
        List<String> footer = new ArrayList<>();
        footer.add("The mapping file is YAML; every key is optional, any other key is refused"
                + " with its line and column. Headers are compared ignoring case, accents, spaces"
                + " and punctuation such as ':'.");
        MappingFile.documentation().forEach(l -> footer.add("    " + l));
        footer.add("For each file: the sheet read, the units stored and unchanged, the totals"
                + " checked (cell, label, figure, rows), the warnings; or \"rejected, nothing"
                + " stored\" with every problem at its file, sheet and cell. The same file sent"
                + " again (same sender, day, segment and unit) stores nothing (\"already"
                + " imported\"); for another day it is another submission.");
        footer.add("Exit codes: 0 every file stored or checked, 2 a file or the mapping file"
                + " refused, 64 a usage error.");
        commandSpec.usageMessage().footer(UptakeApp.helpText(footer));
    }

    /**
     * Imports (or checks) the files.
     *
     * @return 0 if every file was stored or checked, 2 if one or the mapping file was refused
     */
    @Override
    public Integer call() {
        if (files == null || files.isEmpty()) {
            throw usage("FILE is required");
        }
        ImportOutput output = new ImportOutput(ImportTexts.of(language.vietnamese()), out, err);
        ColumnMapping mapping = ColumnMapping.defaults();
        if (mappingFile != null) {
            Validated<ColumnMapping> m = MappingFile.read(Path.of(mappingFile));
            if (!m.isValid()) {
                output.mappingRefused(mappingFile, m.problems());
                return ExitCodes.REJECTED;
            }
            mapping = m.value();
        }
        mapping = overrides(mapping);
        String sender = submittedBy != null ? submittedBy
                : System.getProperty("user.name", "uptake");
        if (sender.isBlank()) {
            throw usage("--as needs a name");
        }
        boolean failed = false;
        try (AppStorage db = database.open()) {
            Hierarchy h = db.storage().referenceStore().hierarchy(Hierarchy.TERRITORIAL)
                    .orElseThrow(() -> usage("the database " + db.description() + " has no"
                            + " territorial units; run 'uptake demo' or 'uptake load units'"
                            + " first"));
            checkDayAndUnit(h);
            WorkbookIntake intake = new WorkbookIntake(db.storage().referenceStore(),
                    db.storage().reportStore(), ExcelOptions.defaults(), Clock.systemUTC());
            WorkbookIntake.Request request = new WorkbookIntake.Request(day, false, unit,
                    segment == null ? Segment.RESIDENTS : segment, mapping, strict, sender);
            for (String name : files) {
                Path file = Path.of(name);
                WorkbookIntake.Result r = dryRun ? intake.check(file, request)
                        : intake.store(file, request);
                output.print(name, r);
                failed |= r.refused();
            }
        }
        return failed ? ExitCodes.REJECTED : ExitCodes.OK;
    }

    /** Refuses a day no version covers and a unit that is not one (on the day, if given). */
    private void checkDayAndUnit(Hierarchy h) {
        if (day != null && h.versionOn(day).isEmpty()) {
            throw usage("no territorial units are valid on " + day + " (the first version is of "
                    + h.versions().get(0).validFrom() + ")");
        }
        if (unit != null && (day != null ? !h.versionOn(day).orElseThrow().contains(unit)
                : h.versions().stream().noneMatch(v -> v.contains(unit)))) {
            throw usage("--unit " + unit + " is not a unit"
                    + (day != null ? " on " + day : " of any version"));
        }
    }

    /** Applies the one-off options, which override the mapping file. */
    private ColumnMapping overrides(ColumnMapping m) {
        try {
            if (sheet != null) {
                if (sheet.isBlank()) {
                    throw usage("--sheet needs the sheet's name");
                }
                m = m.withSheet(sheet);
            }
            if (headerRow != null) {
                int row;
                try {
                    row = Integer.parseInt(headerRow.strip());
                } catch (NumberFormatException e) {
                    throw usage("--header-row is a row number from 1, was " + headerRow);
                }
                m = m.withHeaderRow(row);
            }
            if (codeColumn != null) {
                m = m.withCodeColumn(codeColumn);
            }
            if (countColumn != null) {
                m = m.withCountColumn(countColumn);
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return m;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
