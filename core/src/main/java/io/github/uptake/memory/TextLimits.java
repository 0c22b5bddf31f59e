package io.github.uptake.memory;

import io.github.uptake.problem.Location;
import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the texts of one call that are longer than their port allows, as problems naming the
 * field, and refuses the call if there are any, before anything is stored. Not thread-safe: one
 * per call. Not part of the API.
 */
final class TextLimits {
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Notes a problem if a text is longer than its limit.
     *
     * @param text  the text, null for none (never too long)
     * @param max  the most characters allowed
     * @param code  the problem's code, e.g. {@code report.reporter-length}, not null
     * @param field  the field path, e.g. {@code reports[3].reporter}, not null
     * @param whatVi  what the text is, in Vietnamese, e.g. {@code Tên người gửi}, not null
     * @param whatEn  what the text is, in English, e.g. {@code The reporter}, not null
     * @return this
     */
    TextLimits check(String text, int max, String code, String field, String whatVi,
                     String whatEn) {
        if (text != null && text.length() > max) {
            problems.add(Problem.error(code, Location.field(field), text,
                    whatVi + " dài quá " + max + " ký tự.",
                    whatEn + " is longer than " + max + " characters."));
        }
        return this;
    }

    /**
     * Throws if any text was too long.
     *
     * @param what  what was being stored, for the message, not null
     * @throws ProblemsException carrying every problem noted, if any
     */
    void refuseIfAny(String what) {
        if (!problems.isEmpty()) {
            throw new ProblemsException(what, problems);
        }
    }
}
