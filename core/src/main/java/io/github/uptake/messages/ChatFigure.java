package io.github.uptake.messages;

import io.github.uptake.internal.Checks;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * One figure read from a chat line: the unit, the day, the cumulative count, and the denominator
 * the clerk wrote after a slash, if any ({@code Mỹ Bình: 1234/2.041}).
 *
 * @param line  the line it was read from, 1 or more
 * @param unitCode  the unit's code, not null
 * @param day  the day, from the block's heading or the default day, not null
 * @param count  the count in people, 0 or more
 * @param denominator  the denominator written, in people, empty if none
 * @since 0.2.0
 */
public record ChatFigure(int line, String unitCode, LocalDate day, long count,
                         OptionalLong denominator) {
    /**
     * Checks the fields.
     *
     * @param line  the line, 1 or more
     * @param unitCode  the unit's code, a valid code
     * @param day  the day, not null
     * @param count  the count, 0 to 10^12
     * @param denominator  the denominator written, not null
     * @throws IllegalArgumentException if the line, code or count is out of range
     * @throws NullPointerException if the day or the denominator is null
     */
    public ChatFigure {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
        Checks.unitCode(unitCode, "unitCode");
        Checks.notNull(day, "day");
        Checks.count(count, "count");
        Checks.notNull(denominator, "denominator");
    }
}
