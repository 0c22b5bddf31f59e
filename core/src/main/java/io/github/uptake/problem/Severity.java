package io.github.uptake.problem;

/**
 * How serious a {@link Problem} is: an error rejects the input, a warning does not.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** The input cannot be accepted as it is. */
    ERROR,
    /** The input is accepted, but someone should look at it. */
    WARNING
}
