package io.github.uptake.port;

import io.github.uptake.model.Segment;
import java.time.Instant;

/**
 * Receives one stored revision as {@link ReportStore#forEachRevisionRecordedAfter} streams it:
 * enough to keep each key's current figure (the greatest revision by
 * {@link io.github.uptake.model.Report#REVISION_ORDER}: two revisions that tie on sending time and
 * count have the same count whatever their reporter and source) and first arrival.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface RevisionVisitor {
    /**
     * Receives one revision.
     *
     * @param segment  the segment, not null
     * @param unitCode  the unit's code, not null
     * @param epochDay  the as-of day, as {@link java.time.LocalDate#toEpochDay()}
     * @param count  the revision's count, in people
     * @param reportedAt  when the reporter sent it, not null
     * @param recordedAt  when the store stored it, not null
     */
    void visit(Segment segment, String unitCode, long epochDay, long count, Instant reportedAt,
               Instant recordedAt);
}
