package io.github.uptake.port;

import java.time.Instant;

/**
 * Receives, for each report key, when its figure was first sent, for timeliness: a report corrected
 * later keeps its first arrival time.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ArrivalVisitor {
    /**
     * Receives one key's first arrival.
     *
     * @param unitCode  the unit's code, not null
     * @param epochDay  the as-of day, as {@link java.time.LocalDate#toEpochDay()}
     * @param firstSentAt  the earliest {@code reportedAt} among the key's revisions, not null
     */
    void visit(String unitCode, long epochDay, Instant firstSentAt);
}
