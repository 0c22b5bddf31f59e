package io.github.uptake.testkit;

import io.github.uptake.problem.Problem;
import io.github.uptake.problem.ProblemsException;
import java.util.Set;
import java.util.TreeSet;

/** Reads what a refusal names, to compare it with the port's rules. Not part of the API. */
final class Refusals {
    private Refusals() {
    }

    /**
     * Returns each problem of a refusal as {@code code@field}, e.g.
     * {@code report.reporter-length@reports[2].reporter}.
     *
     * @param e  the refusal, not null
     * @return the problems, sorted, not null
     */
    static Set<String> codesAtFields(ProblemsException e) {
        Set<String> out = new TreeSet<>();
        for (Problem p : e.problems()) {
            out.add(p.code() + "@" + p.location().field().orElse("(no field)"));
        }
        return out;
    }
}
