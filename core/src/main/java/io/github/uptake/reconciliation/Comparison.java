package io.github.uptake.reconciliation;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Unit;
import java.time.LocalDate;

/**
 * A reported figure beside a reference figure for a unit and day: the roll-up of self-reports
 * beside an authoritative count, or reported figures beside verified ones.
 *
 * <p>The difference is {@code reported - reference} people: positive means over-reporting. Its share
 * of the reference is exact as {@code difference / reference}; format it with
 * {@link io.github.uptake.format.UptakeFormat#percent(long, long)} on its absolute value.
 * This class is immutable and thread-safe.
 *
 * @param unit  the unit, not null
 * @param date  the day, not null
 * @param reported  the reported (or rolled-up) figure, in people
 * @param reference  the authoritative or verified figure, in people
 * @param source  where the reference comes from, not blank
 * @param units  how many units' figures are compared (1, or the verified units under a parent)
 * @since 0.1.0
 */
public record Comparison(Unit unit, LocalDate date, long reported, long reference, String source,
                         int units) {

    /**
     * Creates a comparison, checking the fields.
     *
     * @param unit  the unit, not null
     * @param date  the day, not null
     * @param reported  the reported (or rolled-up) figure, in people
     * @param reference  the authoritative or verified figure, in people
     * @param source  where the reference comes from, not blank
     * @param units  how many units' figures are compared
     * @throws NullPointerException if the unit or the day is null
     * @throws IllegalArgumentException if the source is null or blank
     */
    public Comparison {
        Checks.notNull(unit, "unit");
        Checks.notNull(date, "date");
        Checks.text(source, "source");
    }

    /**
     * Returns how far the reported figure is from the reference.
     *
     * @return {@code reported - reference}, in people: positive for over-reporting, negative for
     *     under
     */
    public long difference() {
        return reported - reference;
    }

    /**
     * Returns true if more was reported than the reference found.
     *
     * @return true if {@code reported > reference}
     */
    public boolean overReported() {
        return reported > reference;
    }
}
