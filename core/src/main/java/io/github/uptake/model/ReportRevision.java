package io.github.uptake.model;

import io.github.uptake.internal.Checks;
import java.time.Instant;

/**
 * A report as stored: the report, its revision number for its key (1 for the first that arrived),
 * and when the store recorded it. Revisions are never overwritten or removed.
 * This class is immutable and thread-safe.
 *
 * @param report  the report, not null
 * @param revision  1 for the first revision of its key, counting up in order of arrival
 * @param recordedAt  when the store recorded it, not null
 */
public record ReportRevision(Report report, int revision, Instant recordedAt) {

    /** Validates the fields. */
    public ReportRevision {
        Checks.notNull(report, "report");
        Checks.notNull(recordedAt, "recordedAt");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more, was " + revision);
        }
    }
}
