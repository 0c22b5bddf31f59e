package io.github.uptake.quality;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Segment;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A rate as someone published it (a web page, a report), with the count and denominator it was
 * computed from, so it can be recomputed: a real district page printed 5.658 / 66.219 as "8,3%";
 * it is 8,54%. This class is immutable and thread-safe.
 *
 * @param unitCode  the unit, not null
 * @param segment  the segment, not null
 * @param date  the as-of day, not null
 * @param count  the published count
 * @param denominator  the published denominator, 1 or more
 * @param rateText  the rate as printed, e.g. {@code 8,3%} or {@code 8.3}, not blank
 * @param source  where it was published, not blank
 */
public record PublishedRate(String unitCode, Segment segment, LocalDate date, long count,
                            long denominator, String rateText, String source) {

    /** Checks the fields and that the rate text is a number. */
    public PublishedRate {
        Checks.unitCode(unitCode, "unitCode");
        Checks.notNull(segment, "segment");
        Checks.notNull(date, "date");
        Checks.count(count, "count");
        Checks.count(denominator, "denominator");
        if (denominator == 0) {
            throw new IllegalArgumentException("denominator must be 1 or more");
        }
        Checks.text(source, "source");
        percent(Checks.text(rateText, "rateText"));
    }

    /** Returns the published rate in percent, exactly as printed (its scale is its precision). */
    public BigDecimal publishedPercent() {
        return percent(rateText);
    }

    private static BigDecimal percent(String text) {
        String s = text.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        try {
            return new BigDecimal(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rateText is not a percentage: '" + text + "'", e);
        }
    }
}
