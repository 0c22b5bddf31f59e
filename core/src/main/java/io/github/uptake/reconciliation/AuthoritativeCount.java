package io.github.uptake.reconciliation;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Segment;
import java.time.LocalDate;

/**
 * A count from a source the campaign trusts over self-reports, for a unit and day: for example the
 * app operator's own number of users in a province. This class is immutable and thread-safe.
 *
 * @param unitCode  the unit, not null
 * @param segment  the segment, not null
 * @param date  the as-of day, not null
 * @param count  the count, in people, 0 to 10^12
 * @param source  who counted, e.g. {@code bluezone-operator}, not blank
 * @since 0.1.0
 */
public record AuthoritativeCount(String unitCode, Segment segment, LocalDate date, long count,
                                 String source) {

    /**
     * Creates an authoritative count, checking the fields.
     *
     * @param unitCode  the unit, a valid unit code
     * @param segment  the segment, not null
     * @param date  the as-of day, not null
     * @param count  the count, in people, 0 to 10^12
     * @param source  who counted, not blank
     * @throws IllegalArgumentException if the unit code is not valid, the count is out of range
     *     or the source is null or blank
     * @throws NullPointerException if the segment or the day is null
     */
    public AuthoritativeCount {
        Checks.unitCode(unitCode, "unitCode");
        Checks.notNull(segment, "segment");
        Checks.notNull(date, "date");
        Checks.count(count, "count");
        Checks.text(source, "source");
    }
}
