package io.github.uptake.remind;

import io.github.uptake.internal.Checks;
import java.time.LocalDate;

/**
 * What makes a reminder one: the unit it is addressed to (for a digest, the unit it is about),
 * the as-of day it concerns and its kind. At most one reminder per key is ever sent.
 *
 * @param unitCode  the unit's code, not null
 * @param day  the as-of day the reminder concerns, not null
 * @param kind  the kind, not null
 * @since 0.2.0
 */
public record ReminderKey(String unitCode, LocalDate day, ReminderKind kind) {
    /**
     * Checks the parts.
     *
     * @param unitCode  the unit's code, not null
     * @param day  the as-of day the reminder concerns, not null
     * @param kind  the kind, not null
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the code is not a unit code
     */
    public ReminderKey {
        Checks.unitCode(unitCode, "unitCode");
        Checks.notNull(day, "day");
        Checks.notNull(kind, "kind");
    }
}
