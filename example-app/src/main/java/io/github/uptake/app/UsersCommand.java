package io.github.uptake.app;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code uptake users}: the dashboard's accounts in the database. Each action is a subcommand
 * ({@code add}, {@code import}, {@code passwd}, {@code disable}, {@code enable}, {@code list});
 * this command holds what they share, the database and the language. A generated password is
 * printed once and never stored in clear. Not thread-safe: one per command line.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "(add | import | passwd | disable | enable | list)",
        description = {"The dashboard's accounts: add, import from CSV, reset, disable, list.%n",
                "Each account belongs to a unit (it sees that unit's subtree; no unit: every unit)"
                        + " and has a role: reporter (submits for its subtree), viewer (only"
                        + " sees) or admin (also manages the accounts). Passwords are kept only"
                        + " as salted hashes; one that is generated is printed once."})
final class UsersCommand extends CommandGroup {
    /**
     * Makes the command.
     *
     * @param out  where results go, not null
     * @param err  where refusals go, not null
     */
    UsersCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    /**
     * Returns the command line of {@code users} with its subcommands.
     *
     * @return a new command line, not null
     */
    CommandLine commandLine() {
        return new CommandLine(this)
                .addSubcommand(new UsersAddCommand(this))
                .addSubcommand(new UsersImportCommand(this))
                .addSubcommand(new UsersPasswdCommand(this))
                .addSubcommand("disable", new UsersDisableCommand(this, true))
                .addSubcommand("enable", new UsersDisableCommand(this, false))
                .addSubcommand(new UsersListCommand(this));
    }

    /** Refuses {@code users} without an action. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec().commandLine(), "say what to do: add,"
                + " import, passwd, disable, enable or list");
    }

    /** Prints a line in the command's language. */
    void say(String vi, String en) {
        out().println(vietnamese() ? vi : en);
    }

    /** Prints a refusal in the command's language. */
    void refuse(String vi, String en) {
        err().println(vietnamese() ? vi : en);
    }
}
