package io.github.uptake.app;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code load}, {@code users}, {@code export}): it holds
 * what they share, the database and the language (given before or after the subcommand), the two
 * streams, and its picocli model, with a footer for its help. Not thread-safe: one per command
 * line.
 */
abstract class CommandGroup implements Callable<Integer> {
    @Mixin
    private LanguageOption language = new LanguageOption();
    @Mixin
    private DatabaseOptions database = new DatabaseOptions();

    private CommandSpec spec;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * Makes the group.
     *
     * @param out  where results go, not null
     * @param err  where notes and refusals go, not null
     */
    CommandGroup(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Takes the command's model from picocli and adds the footer, if any. */
    @Spec
    void spec(CommandSpec commandSpec) {
        this.spec = commandSpec;
        List<String> footer = footer();
        if (!footer.isEmpty()) {
            commandSpec.usageMessage().footer(UptakeApp.helpText(footer));
        }
    }

    /**
     * Returns the lines of the help's footer.
     *
     * @return the lines, empty for none; not null
     */
    List<String> footer() {
        return List.of();
    }

    /** Returns the command's picocli model. */
    final CommandSpec spec() {
        return spec;
    }

    /** Returns the language option. */
    final LanguageOption language() {
        return language;
    }

    /** Returns whether the command speaks Vietnamese first. */
    final boolean vietnamese() {
        return language.vietnamese();
    }

    /**
     * Opens the database the options name.
     *
     * @return the open database, to be closed by the caller
     */
    final AppStorage open() {
        return database.open();
    }

    /** Returns standard output. */
    final PrintStream out() {
        return out;
    }

    /** Returns standard error. */
    final PrintStream err() {
        return err;
    }
}
