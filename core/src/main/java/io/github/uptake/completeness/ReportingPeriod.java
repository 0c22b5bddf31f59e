package io.github.uptake.completeness;

import io.github.uptake.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One reporting window: the as-of days it covers and the moment its report is due.
 * A report counts for the period if its as-of day lies in {@code [start, end]}.
 * This class is immutable and thread-safe.
 *
 * @param start  the first as-of day, not null
 * @param end  the last as-of day (the day figures are closed), not null
 * @param deadline  when the report is due, not null
 * @since 0.1.0
 */
public record ReportingPeriod(LocalDate start, LocalDate end, Instant deadline) {

    /**
     * Creates a period, checking the fields.
     *
     * @param start  the first as-of day, not null
     * @param end  the last as-of day, not before {@code start}, not null
     * @param deadline  when the report is due, not null
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public ReportingPeriod {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        Checks.notNull(deadline, "deadline");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period end " + end + " is before start " + start);
        }
    }
}
