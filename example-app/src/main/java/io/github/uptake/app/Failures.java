package io.github.uptake.app;

import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * What {@code uptake} prints when a command ends with an exception, on standard error: the
 * problems of a refused input, one at its place per line; the message of a database held by a
 * running {@code serve} (in Vietnamese and English); otherwise {@code uptake <command> failed:
 * <message>}. The exit code comes from the command line's {@link ExitCodes}. This class is
 * stateless and thread-safe.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    /**
     * Prints what went wrong and returns the exit code.
     *
     * @param exception  what the command threw, not null
     * @param command  the command that threw it, not null
     * @param parsed  the parsed command line, not null
     * @return the exit code: 2, 64 or 70
     */
    private static final Logger LOG = LoggerFactory.getLogger("uptake.failure");

    @Override
    public int handleExecutionException(Exception exception, CommandLine command,
                                        CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        if (exception instanceof ProblemsException refused) {
            for (Problem p : refused.problems()) {
                err.println(p.location() + ": " + p.messageVi());
                err.println("    " + p.messageEn());
            }
        } else if (ExitCodes.pathRefused(exception) != null) {
            java.nio.file.FileSystemException f = ExitCodes.pathRefused(exception);
            err.println(name + ": không đọc hoặc ghi được " + f.getFile() + " (thư mục không có,"
                    + " không có quyền, hoặc không phải thư mục); chọn đường dẫn khác.");
            err.println(name + ": cannot read or write " + f.getFile() + " (no such folder, not"
                    + " allowed, or not a folder); give another path.");
        } else if (exception instanceof AppStorage.InUse) {
            err.println(name + ": " + exception.getMessage());
        } else {
            // an unexpected failure: logged in full under a reference the user can quote
            String reference = FailureReference.next();
            LOG.error("Failure {} of {}", reference, name, exception);
            err.println(name + " failed: " + (exception.getMessage() == null
                    ? exception.toString() : exception.getMessage()) + " (lỗi / failure "
                    + reference + ")");
        }
        err.flush();
        return command.getExitCodeExceptionMapper().getExitCode(exception);
    }
}
