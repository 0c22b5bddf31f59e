package io.github.uptake.app;

import io.github.uptake.problem.Problem;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * What the DHIS2 commands ({@code export dhis2}, {@code import dhis2}) print: results on standard
 * output in the language of {@code --lang}; notes and refusals on standard error in both
 * languages, the chosen one first, as the other refusals of the command line; problems each at
 * its place (file, line, field). Not thread-safe: one per command line.
 */
final class Dhis2Output {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean vietnamese;

    /**
     * Makes the output.
     *
     * @param out  standard output, not null
     * @param err  standard error, not null
     * @param vietnamese  true for Vietnamese first (the default), false for English
     */
    Dhis2Output(PrintStream out, PrintStream err, boolean vietnamese) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.vietnamese = vietnamese;
    }

    /** Returns whether Vietnamese comes first. */
    boolean vietnamese() {
        return vietnamese;
    }

    /** Returns standard output, where an export without {@code --output} goes. */
    PrintStream out() {
        return out;
    }

    /**
     * Prints a result on standard output in the chosen language.
     *
     * @param vi  the Vietnamese text, not null
     * @param en  the English text, not null
     */
    void say(String vi, String en) {
        out.println(vietnamese ? vi : en);
    }

    /**
     * Prints a note or a refusal on standard error in both languages, the chosen one first.
     *
     * @param vi  the Vietnamese text, not null
     * @param en  the English text, not null
     */
    void tell(String vi, String en) {
        err.println(vietnamese ? vi : en);
        err.println("    " + (vietnamese ? en : vi));
    }

    /**
     * Says on standard error that the standard mapping is used, and for which segments.
     *
     * @param m  the standard mapping, not null
     */
    void standardMapping(io.github.uptake.dhis2.Dhis2Mapping m) {
        String segments = String.join(", ", m.entries().stream().map(e -> e.segment().id())
                .toList());
        String dataSet = m.dataSet().orElse("-");
        tell("Không có --mapping: dùng ánh xạ chuẩn UPTAKE_<NHÓM> (tập dữ liệu " + dataSet
                + ") cho các nhóm: " + segments + ".", "No --mapping: the standard mapping"
                + " UPTAKE_<SEGMENT> (data set " + dataSet + ") is used for the segments: "
                + segments + ".");
    }

    /**
     * Prints problems, each at its place ({@code file: line 12: dataValues[3].orgUnit}) in the
     * chosen language, then indented in the other: errors on standard error, warnings on standard
     * output.
     *
     * @param problems  the problems, not null
     */
    void problems(List<Problem> problems) {
        for (Problem p : problems) {
            PrintStream to = p.blocking() ? err : out;
            to.println(p.location() + ": " + (vietnamese ? p.messageVi() : p.messageEn()));
            to.println("    " + (vietnamese ? p.messageEn() : p.messageVi()));
        }
    }
}
