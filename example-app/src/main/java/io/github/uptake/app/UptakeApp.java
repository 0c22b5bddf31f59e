package io.github.uptake.app;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.port.ReferenceStore;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line of the example app, {@code java -jar uptake.jar <command>}: the Long An demo,
 * the dashboard, templates, imports, reports and bulk loads on the embedded database (or any JDBC
 * URL), with picocli: one class per command ({@link DemoCommand}, {@link ServeCommand}, {@link
 * TemplateCommand}, {@link ImportCommand}, {@link ExportCommand}, {@link ReportCommand}, {@link
 * LoadCommand} and its kinds), shared options as mixins ({@link DatabaseOptions}, {@link
 * LanguageOption}, {@link RollUpOptions}), and the exit codes mapped in one place ({@link ExitCodes}, printed by {@link
 * UsageErrors} and {@link Failures}): 0 done, 2 an input was refused (its problems are printed),
 * 64 a usage error, 70 an unexpected failure. Every command takes {@code --help}; {@code uptake
 * --version} prints the version and {@code uptake generate-completion} a bash completion script.
 * This class is the top-level command; it is not thread-safe: one per command line.
 */
@Command(name = "uptake", mixinStandardHelpOptions = true,
        customSynopsis = {"uptake <command> [options]", "       uptake --help | --version"},
        description = {"Uptake's example app: the Long An demo, the web dashboard, Excel"
                + " templates and imports, reports and bulk loads from CSV, on an H2 file or any"
                + " JDBC database."})
public final class UptakeApp implements Callable<Integer> {
    private CommandSpec spec;
    private final PrintStream err;

    private UptakeApp(PrintStream err) {
        this.err = err;
    }

    /** The import command, with its subcommands for chat lines and DHIS2 data value sets. */
    private static CommandLine importCommand(PrintStream out, PrintStream err) {
        ImportCommand workbooks = new ImportCommand(out, err);
        return new CommandLine(workbooks).addSubcommand(new ImportMessagesCommand(workbooks, out,
                err)).addSubcommand(new ImportDhis2Command(workbooks, out, err));
    }

    /**
     * Runs a command and exits with its code.
     *
     * @param args  the command and its options, not null
     */
    public static void main(String[] args) {
        // POI's Log4j API calls go to SLF4J and Logback (log4j-to-slf4j), configured by
        // logback.xml.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs a command and returns its exit code.
     *
     * @param args  the command and its options, not null
     * @param out  standard output, not null
     * @param err  standard error, not null
     * @return the exit code: 0 done, 2 an input refused, 64 a usage error, 70 a failure
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = commandLine(out, err);
        try {
            return commandLine.execute(args);
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    /**
     * Returns the command line with every command, its texts and exit codes set.
     *
     * @param out  standard output, not null
     * @param err  standard error, not null
     * @return a new command line, not null
     */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine top = new CommandLine(new UptakeApp(err))
                .addSubcommand(new DemoCommand(out, err))
                .addSubcommand(new ServeCommand(out, err))
                .addSubcommand(new TemplateCommand(out))
                .addSubcommand(importCommand(out, err))
                .addSubcommand(new ExportCommand(out, err).commandLine())
                .addSubcommand(new ReportCommand(out))
                .addSubcommand(new RemindCommand(out, err, java.time.Clock.systemUTC(),
                        System::getenv))
                .addSubcommand(new LoadCommand(out, err).commandLine())
                .addSubcommand(new UsersCommand(out, err).commandLine())
                .addSubcommand(new AutoComplete.GenerateCompletion());
        top.getSubcommands().get("generate-completion").getCommandSpec().usageMessage()
                .description("Print a bash or zsh completion script of uptake.%n",
                        "Install it with 'uptake generate-completion > uptake.bash', then"
                                + " 'source uptake.bash' (or copy it to"
                                + " /etc/bash_completion.d/).");
        houseStyle(top);
        // an option and its value are two words, as the help shows them: --date YYYY-MM-DD
        top.setSeparator(" ");
        top.setUsageHelpLongOptionsMaxWidth(24);
        top.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        top.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        top.setExitCodeExceptionMapper(new ExitCodes());
        top.setParameterExceptionHandler(new UsageErrors());
        top.setExecutionExceptionHandler(new Failures());
        return top;
    }

    /**
     * Gives every command the same help layout ("usage:", then the options in the order they are
     * declared, then the commands, one line per form), and the version.
     */
    private static void houseStyle(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        spec.versionProvider(new AppVersion());
        spec.usageMessage().sortOptions(false).sortSynopsis(false)
                .synopsisHeading("usage: ").descriptionHeading("%n")
                .parameterListHeading("%nParameters:%n").optionListHeading("%nOptions:%n")
                .commandListHeading("%nCommands:%n").footerHeading("%n");
        spec.usageMessage().sectionMap().put(CommandLine.Model.UsageMessageSpec
                .SECTION_KEY_COMMAND_LIST, new CommandList());
        command.getSubcommands().values().forEach(UptakeApp::houseStyle);
    }

    /** Takes the command's model from picocli and adds the help text built from code. */
    @Spec
    void spec(CommandSpec commandSpec) {
        this.spec = commandSpec;
        commandSpec.usageMessage().footer(helpText(List.of(
                "Every command takes --help: 'uptake <command> --help' lists its options.",
                "The database is --db PATH, an H2 file, or --jdbc-url URL with --user and"
                        + " --password (or UPTAKE_DB_USER and UPTAKE_DB_PASSWORD). The default"
                        + " database is",
                "  " + AppStorage.defaultDatabase(),
                "Shell completion: uptake generate-completion > uptake.bash; source uptake.bash",
                "Exit codes: 0 done, 2 an input was refused (its problems are printed, nothing"
                        + " of it stored), 64 a usage error, 70 an unexpected failure, 75 some"
                        + " reminders could not be sent (remind: tried again on the next run).")));
    }

    /**
     * Prints the usage on standard error: {@code uptake} without a command is a usage error.
     *
     * @return 64
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(err);
        return ExitCodes.USAGE;
    }

    /**
     * Returns lines of text as picocli help lines: every {@code %} doubled, since picocli formats
     * them.
     *
     * @param lines  the lines, not null
     * @return the help lines, not null
     */
    static String[] helpText(List<String> lines) {
        List<String> escaped = new ArrayList<>();
        lines.forEach(l -> escaped.add(l.replace("%", "%%")));
        return escaped.toArray(String[]::new);
    }

    /**
     * Returns the version of a hierarchy that has a unit on a day.
     *
     * @param ref  the reference store, not null
     * @param unit  the unit's code, not null
     * @param day  the day, not null
     * @return the version, not null
     * @throws io.github.uptake.problem.ProblemsException if no hierarchy has the unit on the day
     *     (an input refused: exit 2)
     */
    static HierarchyVersion versionOf(ReferenceStore ref, String unit, LocalDate day) {
        for (String name : ref.hierarchyNames()) {
            var v = ref.hierarchy(name).flatMap(h -> h.versionOn(day));
            if (v.isPresent() && v.get().contains(unit)) {
                return v.get();
            }
        }
        // an input refused (exit 2), located at the option, never a failure of the app
        throw new io.github.uptake.problem.ProblemsException("--unit " + unit, List.of(
                io.github.uptake.problem.Problem.error("unit.unknown",
                        io.github.uptake.problem.Location.field("--unit"), unit,
                        "Không có đơn vị mã " + unit + " vào ngày " + day + " (kiểm tra mã, giữ số"
                                + " 0 ở đầu, và ngày).", "No unit " + unit + " on " + day
                                + " (check the code, with its leading zeros, and the day).")));
    }
}
