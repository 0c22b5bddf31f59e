package io.github.uptake.app;

import io.github.uptake.problem.Problem;
import java.io.PrintStream;
import java.util.List;

/**
 * What {@code uptake load} prints, in the language of its {@link LoadTexts}: what was stored on
 * standard output, a refused file's problems (the first {@value #SHOWN}, with the number of the
 * rest) and warnings on standard error. Not thread-safe: one per command.
 */
final class LoadOutput {
    /** How many errors of a refused file are printed. */
    static final int SHOWN = 200;

    private final LoadTexts t;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * Makes the output.
     *
     * @param texts  the texts in the user's language, not null
     * @param out  standard output, not null
     * @param err  standard error, not null
     */
    LoadOutput(LoadTexts texts, PrintStream out, PrintStream err) {
        this.t = texts;
        this.out = out;
        this.err = err;
    }

    /** Returns the texts. */
    LoadTexts texts() {
        return t;
    }

    /** Returns standard output. */
    PrintStream out() {
        return out;
    }

    /** Returns standard error. */
    PrintStream err() {
        return err;
    }

    /**
     * Prints a refused file's problems and returns the exit code.
     *
     * @param name  the file's name, not null
     * @param p  its problems, not null
     * @return {@link ExitCodes#REJECTED}
     */
    int refused(String name, FileProblems p) {
        err.println(t.text("refused", name));
        List<Problem> errors = p.errors();
        errors.stream().limit(SHOWN).forEach(x -> err.println("  " + t.line(x)));
        int more = p.errorCount() - Math.min(SHOWN, errors.size());
        if (more > 0) {
            err.println(t.text("refused.more", t.count(more)));
        }
        warnings(err, p);
        return ExitCodes.REJECTED;
    }

    /**
     * Prints a file's warnings, one line per kind with the number of lines it is on.
     *
     * @param s  where to print them, not null
     * @param p  the file's problems, not null
     */
    void warnings(PrintStream s, FileProblems p) {
        for (FileProblems.Warning w : p.warnings()) {
            s.println("  " + t.line(w.first()) + (w.lines() > 1 ? " " + t.text("warning.lines",
                    t.count(w.lines())) : ""));
        }
    }
}
