package io.github.uptake.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command {@code uptake load}: bulk loads of units, denominators, reports and crosswalks from
 * CSV files ({@link CsvTable}: encoding, separator and header by name; every value and every unit
 * code checked, codes that lost their leading zeros padded only when one unit fits), each file all
 * or nothing; and {@code load vn-admin}, Vietnam's units and crosswalks. Each kind is a
 * subcommand; this command holds what they share: the database and the language, which may be
 * given before or after the kind. Problems name the file, line, column and value, in Vietnamese
 * (the default) or English. Exit codes: 0 stored, 2 the file was refused (nothing stored), 64 a
 * usage error; a fault of the database is 70. Not thread-safe: one per command line.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "(units | denominators | reports | crosswalk | vn-admin)",
        description = {"Bulk loads from CSV, each file all or nothing.%n",
                "Every unit code is checked: a report's against the units valid on its as_of. A"
                        + " code of digits that lost its leading zeros (1 for 00001) is padded"
                        + " only when exactly one unit fits (under --unit CODE, if given),"
                        + " otherwise refused with the candidates. Each file is stored whole or"
                        + " not at all."})
final class LoadCommand extends CommandGroup {
    /** What every CSV file may be, for the help texts. */
    static final String FILES = "Files: UTF-8 (with or without BOM) or UTF-16 with BOM;"
            + " separator , ; or tab (from the header line); dates YYYY-MM-DD; reported_at"
            + " ISO-8601 with its offset.";

    /**
     * Makes the command.
     *
     * @param out  where what was stored is said, not null
     * @param err  where refusals go, not null
     */
    LoadCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    /** The help text built from code: each kind's columns, the files, the exit codes. */
    @Override
    List<String> footer() {
        List<String> footer = new ArrayList<>();
        footer.add("Columns (the header line is required; any order):");
        footer.add("  units:        " + UnitsCsv.LAYOUT.header());
        footer.add("  denominators: " + DenominatorsCsv.LAYOUT.header());
        footer.add("  reports:      " + ReportsCsv.LAYOUT.header());
        footer.add("  crosswalk:    " + CrosswalkCsv.HEADER);
        footer.add("  (name_en, source_ref and note are optional)");
        footer.add(FILES);
        footer.add("Exit codes: 0 stored, 2 refused (every problem at its line and column,"
                + " nothing stored), 64 a usage error.");
        return footer;
    }

    /**
     * Returns the command line of {@code load} with a subcommand per kind.
     *
     * @return a new command line, not null
     */
    CommandLine commandLine() {
        return new CommandLine(this)
                .addSubcommand(new LoadUnitsCommand(this))
                .addSubcommand(new LoadDenominatorsCommand(this))
                .addSubcommand(new LoadReportsCommand(this))
                .addSubcommand(new LoadCrosswalkCommand(this))
                .addSubcommand(new LoadVnAdminCommand(this));
    }

    /**
     * Refuses {@code load} without a kind.
     *
     * @return never
     * @throws CommandLine.ParameterException always
     */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec().commandLine(), "say what to load: units,"
                + " denominators, reports, crosswalk or vn-admin");
    }

    /**
     * Returns the output in the language the options ask for.
     *
     * @return a new output, not null
     */
    LoadOutput output() {
        return new LoadOutput(LoadTexts.of(language().format()), out(), err());
    }
}
