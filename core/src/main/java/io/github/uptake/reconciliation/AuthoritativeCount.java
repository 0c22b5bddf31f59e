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
 * @param count  the count, 0 to 10^12
 * @param source  who counted, e.g. {@code bluezone-operator}, not blank
 */
public record AuthoritativeCount(String unitCode, Segment segment, LocalDate date, long count,
                                 String source) {

    /** Checks the fields. */
    public AuthoritativeCount {
        Checks.unitCode(unitCode, "unitCode");
        Checks.notNull(segment, "segment");
        Checks.notNull(date, "date");
        Checks.count(count, "count");
        Checks.text(source, "source");
    }
}
