package io.github.uptake.app;

import io.github.uptake.problem.ProblemsException;
import picocli.CommandLine;

/**
 * The exit codes of {@code uptake}, and the one place that says which exception ends a command
 * with which code: 0 done, 2 an input was refused ({@link ProblemsException}; a command that
 * refuses a file returns 2 itself), 64 a usage error (a {@link CommandLine.ParameterException}, a
 * database held by a running {@code serve}), 70 an unexpected failure (anything else), and 75 a
 * temporary failure a command returns itself ({@code remind}: a send failed, to be retried).
 * This class is stateless and thread-safe.
 */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    /** The command did what it was asked. */
    static final int OK = 0;
    /** An input (a file, a mapping file) was refused; nothing of it was stored. */
    static final int REJECTED = 2;
    /** The command line was wrong, or the database is in use; nothing was changed. */
    static final int USAGE = 64;
    /** An unexpected failure, such as a fault of the database. Never a bad file. */
    static final int FAILURE = 70;
    /**
     * A temporary failure (EX_TEMPFAIL): {@code uptake remind} could not send some reminders
     * (the mail server down); they are in the log and are tried again on the next run.
     */
    static final int TEMPFAIL = 75;

    /**
     * Returns the exit code of a command that ended with an exception.
     *
     * @param exception  what it threw, not null
     * @return {@link #REJECTED}, {@link #USAGE} or {@link #FAILURE}
     */
    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof ProblemsException || pathRefused(exception) != null) {
            return REJECTED;
        }
        if (exception instanceof CommandLine.ParameterException
                || exception instanceof AppStorage.InUse) {
            return USAGE;
        }
        return FAILURE;
    }

    /**
     * Returns the file-system refusal of a path the user gave (a folder that does not exist, a
     * file that may not be written, a file where a folder is needed) among an exception and its
     * causes, or null: such an input is refused (exit 2), not a failure of the app.
     *
     * @param exception  what a command threw
     * @return the refusal, or null
     */
    static java.nio.file.FileSystemException pathRefused(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.NoSuchFileException
                    || t instanceof java.nio.file.AccessDeniedException
                    || t instanceof java.nio.file.NotDirectoryException
                    || t instanceof java.nio.file.FileAlreadyExistsException) {
                return (java.nio.file.FileSystemException) t;
            }
        }
        return null;
    }
}
