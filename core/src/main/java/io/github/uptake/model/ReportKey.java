package io.github.uptake.model;

import io.github.uptake.internal.Checks;
import java.time.LocalDate;

/**
 * What a report is about: a unit, a segment and an as-of day. Reports with the same key are
 * revisions of one figure. This class is immutable and thread-safe.
 *
 * @param unitCode  the unit's code, not null
 * @param segment  the segment, not null
 * @param asOf  the as-of day, not null
 * @since 0.1.0
 */
public record ReportKey(String unitCode, Segment segment, LocalDate asOf) {

    /**
     * Creates a key, validating the fields.
     *
     * @param unitCode  the unit's code, not null
     * @param segment  the segment, not null
     * @param asOf  the as-of day, not null
     * @throws IllegalArgumentException if the unit code is not a valid code
     * @throws NullPointerException if the segment or the day is null
     */
    public ReportKey {
        Checks.unitCode(unitCode, "unitCode");
        Checks.notNull(segment, "segment");
        Checks.notNull(asOf, "asOf");
    }
}
