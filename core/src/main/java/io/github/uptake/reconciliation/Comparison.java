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
 * @param reported  the reported (or rolled-up) figure
 * @param reference  the authoritative or verified figure
 * @param source  where the reference comes from, not blank
 * @param units  how many units' figures are compared (1, or the verified units under a parent)
 */
public record Comparison(Unit unit, LocalDate date, long reported, long reference, String source,
                         int units) {

    /** Checks the fields. */
    public Comparison {
        Checks.notNull(unit, "unit");
        Checks.notNull(date, "date");
        Checks.text(source, "source");
    }

    /** Returns {@code reported - reference}: positive for over-reporting, negative for under. */
    public long difference() {
        return reported - reference;
    }

    /** Returns true if more was reported than the reference found. */
    public boolean overReported() {
        return reported > reference;
    }
}
