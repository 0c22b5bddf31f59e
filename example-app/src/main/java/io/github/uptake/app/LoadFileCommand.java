package io.github.uptake.app;

import io.github.uptake.jdbc.JdbcStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the loads of one CSV file share ({@code load units|denominators|reports|crosswalk FILE}):
 * the file, refused when it is not there or cannot be read (exit 2); the database, opened once the
 * file is found; {@code --hierarchy}, refused (exit 64) when the database has no such hierarchy.
 * Not thread-safe: one per command line.
 */
abstract class LoadFileCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.csv", description = "the CSV file")
    private String file;

    private CommandSpec spec;
    private final LoadCommand load;

    /**
     * Makes the command.
     *
     * @param load  the {@code load} command, which holds the database and language options
     */
    LoadFileCommand(LoadCommand load) {
        this.load = load;
    }

    /** Takes the command's model from picocli and adds the file's columns to its help. */
    @Spec
    void spec(CommandSpec commandSpec) {
        this.spec = commandSpec;
        commandSpec.usageMessage().footer(UptakeApp.helpText(List.of(
                "Columns (the header line is required; any order):",
                "  " + columns(),
                LoadCommand.FILES,
                "Exit codes: 0 stored, 2 refused (every problem at its line and column, nothing"
                        + " stored), 64 a usage error.")));
    }

    /**
     * Loads the file.
     *
     * @return 0 if stored, 2 if refused
     */
    @Override
    public final Integer call() {
        LoadOutput o = load.output();
        Path path = Path.of(file);
        String name = path.getFileName() == null ? path.toString()
                : path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            o.err().println(o.texts().text("not-found", file));
            return ExitCodes.REJECTED;
        }
        try (AppStorage db = load.open()) {
            JdbcStorage s = db.storage();
            String hierarchy = hierarchy();
            if (hierarchy != null && s.referenceStore().hierarchy(hierarchy).isEmpty()) {
                throw usage("--hierarchy " + hierarchy + ": the database has no such hierarchy"
                        + " (it has " + s.referenceStore().hierarchyNames() + ")");
            }
            return load(s, path, name, o);
        } catch (NoSuchFileException e) {
            o.err().println(o.texts().text("not-found", file));
            return ExitCodes.REJECTED;
        } catch (IOException e) {
            o.err().println(o.texts().text("unreadable", name, e.getMessage()));
            return ExitCodes.REJECTED;
        }
    }

    /**
     * Returns the hierarchy given with {@code --hierarchy}, checked before the load.
     *
     * @return its name, or null if none was given (or the kind takes none)
     */
    String hierarchy() {
        return null;
    }

    /**
     * Returns the columns of the file, for the help.
     *
     * @return the header, such as {@code unit_code,segment,count,source,vintage}
     */
    abstract String columns();

    /**
     * Loads the file, which is there, into the open database.
     *
     * @param s  the database, not null
     * @param file  the file, not null
     * @param name  the file's name, for messages, not null
     * @param o  the output, not null
     * @return 0 if stored, 2 if refused
     * @throws IOException if the file cannot be read
     */
    abstract int load(JdbcStorage s, Path file, String name, LoadOutput o) throws IOException;

    /**
     * Returns a usage error of this command.
     *
     * @param message  what is wrong, not null
     * @return the error, to be thrown
     */
    final CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
