package io.github.uptake.problem;

/** How serious a {@link Problem} is: an error rejects the input, a warning does not. */
public enum Severity {
    /** The input cannot be accepted as it is. */
    ERROR,
    /** The input is accepted, but someone should look at it. */
    WARNING
}
