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
 * @param checkedCount  the count found, in people, 0 to 10^12
 * @param verifier  who checked, not blank
 * @param checkedAt  when, not null
 * @since 0.1.0
 */
public record Verification(String unitCode, Segment segment, LocalDate date, long checkedCount,
                           String verifier, Instant checkedAt) {

    /**
     * Creates a verification, checking the fields.
     *
     * @param unitCode  the unit checked, a valid unit code
     * @param segment  the segment, not null
     * @param date  the as-of day checked, not null
     * @param checkedCount  the count found, in people, 0 to 10^12
     * @param verifier  who checked, not blank
     * @param checkedAt  when, not null
     * @throws IllegalArgumentException if the unit code is not valid, the count is out of range
     *     or the verifier is null or blank
     * @throws NullPointerException if the segment, the day or the time is null
     */
    public Verification {
        Checks.unitCode(unitCode, "unitCode");
        Checks.notNull(segment, "segment");
        Checks.notNull(date, "date");
        Checks.count(checkedCount, "checkedCount");
        Checks.text(verifier, "verifier");
        Checks.notNull(checkedAt, "checkedAt");
    }
}
