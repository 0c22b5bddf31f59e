package io.github.uptake.app;

import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command {@code uptake export}: figures written for another system. Each system is a
 * subcommand ({@code export dhis2}, {@link ExportDhis2Command}); this command holds what they
 * share, the database and the language, which may be given before or after the subcommand.
 * {@code export} alone prints its usage on standard error (exit 64). Not thread-safe: one per
 * command line.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "(dhis2)",
        description = {"Export figures for another system.%n",
                "dhis2: the reports as sent, or the roll-up at chosen levels, as DHIS2"
                        + " dataValueSets (JSON, CSV) or ADX."})
final class ExportCommand extends CommandGroup {
    /**
     * Makes the command.
     *
     * @param out  where exports and results go, not null
     * @param err  where notes and refusals go, not null
     */
    ExportCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    List<String> footer() {
        return List.of("'uptake export dhis2 --help' lists the options of the DHIS2 export.");
    }

    /**
     * Returns the command line of {@code export} with its subcommands.
     *
     * @return a new command line, not null
     */
    CommandLine commandLine() {
        return new CommandLine(this).addSubcommand(new ExportDhis2Command(this));
    }

    /**
     * Prints the usage on standard error: {@code export} without a system is a usage error.
     *
     * @return 64
     */
    @Override
    public Integer call() {
        spec().commandLine().usage(err());
        return ExitCodes.USAGE;
    }

    /** Returns the output in the language the options ask for. */
    Dhis2Output output() {
        return new Dhis2Output(out(), err(), vietnamese());
    }
}
