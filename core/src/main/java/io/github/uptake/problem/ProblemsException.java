package io.github.uptake.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value is built directly from input that has errors; carries every problem found,
 * not only the first.
 *
 * <p>Use the validating form of the same method (one that returns {@link Validated}) to get the
 * problems as data instead.
 *
 * @since 0.1.0
 */
public class ProblemsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The problems, in the order found. */
    private final transient List<Problem> problems;

    /**
     * Creates an exception carrying every problem found; its message lists them all.
     *
     * @param what  what was being built, e.g. {@code hierarchy version territorial@2020-08-15},
     *     for the message
     * @param problems  the problems, not null, no null element, not empty
     * @throws NullPointerException if the list is null or holds a null
     */
    public ProblemsException(String what, List<Problem> problems) {
        super(what + ": " + problems.size() + " problem(s):\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the problems, in the order found.
     *
     * @return the problems, unmodifiable, never empty
     */
    public List<Problem> problems() {
        return problems;
    }
}
