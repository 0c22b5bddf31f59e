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
 */
public record ReportingPeriod(LocalDate start, LocalDate end, Instant deadline) {

    /** Checks the fields. */
    public ReportingPeriod {
        Checks.notNull(start, "start");
        Checks.notNull(end, "end");
        Checks.notNull(deadline, "deadline");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period end " + end + " is before start " + start);
        }
    }
}
