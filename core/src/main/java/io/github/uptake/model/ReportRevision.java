package io.github.uptake.model;

import io.github.uptake.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A report as stored: the report, its revision number for its key (1 for the first that arrived),
 * when the store recorded it, in which submission, and the figure that was current for the key just
 * before. Revisions are never overwritten or removed. Every optional value has one accessor
 * returning an {@code Optional} or {@code OptionalLong}, never null.
 * This class is immutable and thread-safe.
 *
 * @param report  the report, not null
 * @param revision  1 for the first revision of its key, counting up in order of arrival
 * @param recordedAt  when the store recorded it, not null
 * @param submissionId  the submission it came in, empty if submitted alone
 * @param previousCount  the current figure of the key before this revision was recorded, in
 *     people, empty for the first
 * @since 0.1.0
 */
public record ReportRevision(Report report, int revision, Instant recordedAt,
                             Optional<String> submissionId, OptionalLong previousCount) {

    /**
     * Creates a revision, validating the fields.
     *
     * @param report  the report, not null
     * @param revision  1 for the first revision of its key, counting up in order of arrival
     * @param recordedAt  when the store recorded it, not null
     * @param submissionId  the submission it came in, not null; empty if submitted alone
     * @param previousCount  the current figure of the key before this revision was recorded, in
     *     people, not null; empty for the first
     * @throws NullPointerException if a field is null (an absent value is an empty optional)
     * @throws IllegalArgumentException if the revision is less than 1
     */
    public ReportRevision {
        Checks.notNull(report, "report");
        Checks.notNull(recordedAt, "recordedAt");
        Checks.notNull(submissionId, "submissionId");
        Checks.notNull(previousCount, "previousCount");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more, was " + revision);
        }
    }

    /**
     * Obtains a revision that came alone, not in a submission.
     *
     * @param report  the report, not null
     * @param revision  the revision number, 1 or more
     * @param recordedAt  when it was recorded, not null
     * @return the revision, with no submission and no previous count, not null
     * @throws NullPointerException if the report or the time is null
     * @throws IllegalArgumentException if the revision is less than 1
     */
    public static ReportRevision of(Report report, int revision, Instant recordedAt) {
        return new ReportRevision(report, revision, recordedAt, Optional.empty(),
                OptionalLong.empty());
    }
}
