package io.github.uptake.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value is built directly from input that has errors; carries every problem found,
 * not only the first.
 *
 * <p>Use the validating form of the same method (one that returns {@link Validated}) to get the
 * problems as data instead.
 */
public class ProblemsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The problems, in the order found. */
    private final transient List<Problem> problems;

    /**
     * Creates an exception.
     *
     * @param what  what was being built, e.g. {@code hierarchy version territorial@2020-08-15}
     * @param problems  the problems, not empty
     */
    public ProblemsException(String what, List<Problem> problems) {
        super(what + ": " + problems.size() + " problem(s):\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /** Returns the problems, in the order found; never empty. */
    public List<Problem> problems() {
        return problems;
    }
}
