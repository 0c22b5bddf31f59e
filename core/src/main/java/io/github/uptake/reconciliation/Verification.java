package io.github.uptake.reconciliation;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Segment;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The result of checking a unit's figure afterwards (hậu kiểm): how many people were actually found
 * counted as of a day, by whom and when. This class is immutable and thread-safe.
 *
 * @param unitCode  the unit checked, not null
 * @param segment  the segment, not null
 * @param date  the as-of day checked, not null
 * @param checkedCount  the count found, 0 to 10^12
 * @param verifier  who checked, not blank
 * @param checkedAt  when, not null
 */
public record Verification(String unitCode, Segment segment, LocalDate date, long checkedCount,
                           String verifier, Instant checkedAt) {

    /** Checks the fields. */
    public Verification {
        Checks.unitCode(unitCode, "unitCode");
        Checks.notNull(segment, "segment");
        Checks.notNull(date, "date");
        Checks.count(checkedCount, "checkedCount");
        Checks.text(verifier, "verifier");
        Checks.notNull(checkedAt, "checkedAt");
    }
}
