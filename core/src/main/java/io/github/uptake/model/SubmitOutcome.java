package io.github.uptake.model;

/**
 * What a store did with a submitted report.
 *
 * @since 0.1.0
 */
public enum SubmitOutcome {
    /** The first report for its key: stored as revision 1. */
    ADDED,
    /** A new revision for a key that already had one; stored, earlier revisions kept. */
    REVISED,
    /** Identical to a revision already stored: nothing was written. */
    UNCHANGED
}
