package io.github.uptake.quality;

import io.github.uptake.problem.Severity;
import java.util.List;

/**
 * One data-quality check: looks at the figures of a {@link QualityContext} and returns what deserves
 * a look. Checks are small, independent and configurable; {@link QualityChecks} runs a set of them.
 * Implementations must be immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface QualityCheck {
    /**
     * Returns the stable identifier of the check, also the {@link Finding#checkId()} it emits; a
     * set of checks replaces or drops checks by it.
     *
     * @return the identifier, e.g. {@code count.decreasing}, not blank
     */
    String id();

    /**
     * Returns the severity of the findings it emits.
     *
     * @return the severity, not null
     */
    Severity severity();

    /**
     * Runs the check.
     *
     * @param context  the figures to look at, not null
     * @return the findings, in a stable order, not null; empty if all is well
     */
    List<Finding> run(QualityContext context);
}
