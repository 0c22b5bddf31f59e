package io.github.uptake.model;

import io.github.uptake.internal.Checks;

/**
 * What happened to one submitted report, and which revision is current for its key afterwards.
 * This class is immutable and thread-safe.
 *
 * @param key  the report's key, not null
 * @param outcome  added, revised or unchanged, not null
 * @param revision  the revision number the report has in the store (the existing one if unchanged)
 * @param current  the revision that is current for the key after the submission, not null
 * @since 0.1.0
 */
public record SubmitResult(ReportKey key, SubmitOutcome outcome, int revision,
                           ReportRevision current) {

    /**
     * Creates a result, validating the fields.
     *
     * @param key  the report's key, not null
     * @param outcome  added, revised or unchanged, not null
     * @param revision  the revision number the report has in the store
     * @param current  the revision that is current for the key after the submission, not null
     * @throws NullPointerException if the key, the outcome or the current revision is null
     */
    public SubmitResult {
        Checks.notNull(key, "key");
        Checks.notNull(outcome, "outcome");
        Checks.notNull(current, "current");
    }
}
