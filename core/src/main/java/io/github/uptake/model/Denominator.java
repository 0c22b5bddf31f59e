package io.github.uptake.model;

import io.github.uptake.internal.Checks;
import java.time.LocalDate;

/**
 * The size of a segment in a unit (a population, a headcount), with where the figure comes from.
 *
 * <p>A unit may have several denominators for the same segment from different sources, for example
 * the 2019 census and a province estimate; roll-up chooses by policy and reports disagreement.
 * This class is immutable and thread-safe.
 *
 * @param unitCode  the unit's code, not null
 * @param segment  whom it counts, not null
 * @param count  the number of people, 0 to 10^12
 * @param source  where it comes from, e.g. {@code census-2019}, not blank
 * @param vintage  the date the figure describes, e.g. 2019-04-01 for the census, not null
 * @since 0.1.0
 */
public record Denominator(String unitCode, Segment segment, long count, String source,
                          LocalDate vintage) {

    /**
     * Creates a denominator, validating the fields.
     *
     * @param unitCode  the unit's code, not null
     * @param segment  whom it counts, not null
     * @param count  the number of people, 0 to 10^12
     * @param source  where it comes from, e.g. {@code census-2019}, not blank
     * @param vintage  the date the figure describes, not null
     * @throws IllegalArgumentException if the unit code is not a valid code, the count is out of
     *     range or the source is null or blank
     * @throws NullPointerException if the segment or the vintage is null
     */
    public Denominator {
        Checks.unitCode(unitCode, "unitCode");
        Checks.notNull(segment, "segment");
        Checks.count(count, "count");
        Checks.text(source, "source");
        Checks.notNull(vintage, "vintage");
    }
}
