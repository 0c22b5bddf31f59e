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
 * @param count  the published count, in people, 0 to 10^12
 * @param denominator  the published denominator, in people, 1 to 10^12
 * @param rateText  the rate as printed, e.g. {@code 8,3%} or {@code 8.3}, not blank
 * @param source  where it was published, not blank
 * @since 0.1.0
 */
public record PublishedRate(String unitCode, Segment segment, LocalDate date, long count,
                            long denominator, String rateText, String source) {

    /**
     * Creates a published rate, checking the fields and that the rate text is a number.
     *
     * @param unitCode  the unit, a valid unit code
     * @param segment  the segment, not null
     * @param date  the as-of day, not null
     * @param count  the published count, in people, 0 to 10^12
     * @param denominator  the published denominator, in people, 1 to 10^12
     * @param rateText  the rate as printed, a number with {@code ,} or {@code .} as decimal mark
     *     and an optional {@code %}, not blank
     * @param source  where it was published, not blank
     * @throws IllegalArgumentException if the unit code is not valid, a count is out of range, a
     *     text is null or blank, or the rate text is not a number
     * @throws NullPointerException if the segment or the day is null
     */
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

    /**
     * Returns the published rate in percent, exactly as printed (its scale is its precision).
     *
     * @return the rate in percent, e.g. {@code 8.3} for {@code 8,3%}, not null
     */
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
