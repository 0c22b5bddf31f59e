package io.github.uptake.port;

import io.github.uptake.model.Segment;
import java.time.Instant;

/**
 * Receives one report key's current figure together with its first arrival, as
 * {@link ReportStore#forEachFigureRecordedAfter} streams them.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface FigureVisitor {
    /**
     * Receives one key's figure.
     *
     * @param segment  the segment, not null
     * @param unitCode  the unit's code, not null
     * @param epochDay  the as-of day, as {@link java.time.LocalDate#toEpochDay()}
     * @param count  the current figure (the greatest revision by
     *     {@link io.github.uptake.model.Report#REVISION_ORDER}), in people
     * @param firstSentAt  the earliest {@code reportedAt} among the key's revisions, not null
     */
    void visit(Segment segment, String unitCode, long epochDay, long count, Instant firstSentAt);
}
