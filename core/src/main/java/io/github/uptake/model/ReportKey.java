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
 */
public record ReportKey(String unitCode, Segment segment, LocalDate asOf) {

    /** Validates the fields. */
    public ReportKey {
        Checks.unitCode(unitCode, "unitCode");
        Checks.notNull(segment, "segment");
        Checks.notNull(asOf, "asOf");
    }
}
