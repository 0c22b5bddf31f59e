package io.github.uptake.app.entry;

import io.github.uptake.problem.Location;
import java.util.Objects;

/**
 * One figure as it arrived, before it is checked: the unit code as given, the count as typed or
 * as a number already read, and where each was given, for the problems.
 *
 * @param unit  the unit code as given, stripped of surrounding spaces, not null (maybe empty)
 * @param text  the count as typed, or the number as written, not null
 * @param count  the count if already read as a whole number (the API's), null to read
 *     {@code text} by {@link CountText}
 * @param unitAt  where the unit code was given, not null
 * @param countAt  where the count was given, not null
 */
record TypedFigure(String unit, String text, Long count, Location unitAt, Location countAt) {

    /** Checks the fields. */
    TypedFigure {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unitAt, "unitAt");
        Objects.requireNonNull(countAt, "countAt");
    }
}
