package io.github.uptake.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of validating an input: a value, or the problems that prevent one, or both a value
 * and the warnings raised while building it.
 *
 * <p>A result is valid when no problem is an {@linkplain Severity#ERROR error}; then it holds a
 * value. This class is immutable and thread-safe if the value is.
 *
 * @param <T>  the type of the value
 * @since 0.1.0
 */
public final class Validated<T> {
    private final T value;
    private final List<Problem> problems;
    private final String what;

    private Validated(String what, T value, List<Problem> problems) {
        this.what = what;
        this.value = value;
        this.problems = List.copyOf(problems);
    }

    /**
     * Obtains a valid result, with warnings if any.
     *
     * @param <T>  the type of the value
     * @param what  what was validated, for messages, not null
     * @param value  the value, not null
     * @param warnings  warnings raised, not null, no null element; must hold no error
     * @return the result, valid, not null
     * @throws NullPointerException if the value or the list is null, or the list holds a null
     * @throws IllegalArgumentException if a warning is an error
     */
    public static <T> Validated<T> valid(String what, T value, List<Problem> warnings) {
        Objects.requireNonNull(value, "value");
        for (Problem p : warnings) {
            if (p.blocking()) {
                throw new IllegalArgumentException("a valid result cannot hold an error: " + p);
            }
        }
        return new Validated<>(what, value, warnings);
    }

    /**
     * Obtains a result from a value and the problems found; the value is dropped if any problem
     * is an error.
     *
     * @param <T>  the type of the value
     * @param what  what was validated, for messages, not null
     * @param value  the value, null if it could not be built
     * @param problems  the problems found, not null, no null element
     * @return the result, valid if no problem is an error, not null
     * @throws NullPointerException if the list is null or holds a null
     * @throws IllegalArgumentException if no problem is an error but the value is null
     */
    public static <T> Validated<T> of(String what, T value, List<Problem> problems) {
        boolean blocked = problems.stream().anyMatch(Problem::blocking);
        if (!blocked && value == null) {
            throw new IllegalArgumentException("a result without errors needs a value: " + what);
        }
        return new Validated<>(what, blocked ? null : value, problems);
    }

    /**
     * Returns true if there is no error, so {@link #value()} returns a value.
     *
     * @return true if the result holds a value
     */
    public boolean isValid() {
        return value != null;
    }

    /**
     * Returns every problem, errors and warnings, in the order found.
     *
     * @return the problems, unmodifiable, empty if none
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Returns the errors only, the problems that prevent a value.
     *
     * @return the errors in the order found, unmodifiable, empty if the result is valid
     */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::blocking).toList();
    }

    /**
     * Returns the value as an optional, for callers that handle the problems themselves.
     *
     * @return the value if valid, empty otherwise
     */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the value.
     *
     * @return the value, not null
     * @throws ProblemsException if there are errors, carrying them
     */
    public T value() {
        if (value == null) {
            throw new ProblemsException(what, errors());
        }
        return value;
    }

    /**
     * Maps the value, keeping the problems.
     *
     * @param <R>  the new value type
     * @param fn  the mapping function, applied only to a value, not null
     * @return the mapped result, with the same problems, not null
     * @throws NullPointerException if the function is null and there is a value
     */
    public <R> Validated<R> map(Function<? super T, ? extends R> fn) {
        return new Validated<>(what, value == null ? null : fn.apply(value), problems);
    }

    /**
     * Returns a result with the problems of this one followed by the given ones.
     *
     * @param more  further problems, not null, no null element
     * @return the combined result, invalid (value dropped) if any problem is an error, not null
     * @throws NullPointerException if the list is null or holds a null
     */
    public Validated<T> withProblems(List<Problem> more) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return of(what, value, all);
    }

    @Override
    public String toString() {
        return isValid() ? "Valid[" + value + ", " + problems.size() + " warning(s)]"
                : "Invalid[" + what + ": " + problems + "]";
    }
}
