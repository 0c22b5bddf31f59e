package io.github.uptake.progress;

import io.github.uptake.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a unit reaches its target at its recent pace.
 *
 * <p>Method: with {@code remaining = required - count} people still missing, and a pace of
 * {@code increase} people over the last {@code paceDays} days, the target is reached after
 * {@code daysNeeded = ceil(remaining * paceDays / increase)} days, computed exactly in integers; the
 * projected date is the day of the figures plus {@code daysNeeded}. A pace of zero or less, or a
 * date beyond the horizon, gives {@link Status#NOT_WITHIN_HORIZON}.
 * This class is immutable and thread-safe.
 *
 * @param status  what the projection says, not null
 * @param date  the projected day, present only when {@link Status#PROJECTED}, empty otherwise
 * @param daysNeeded  the whole days needed, 0 unless projected
 * @param remaining  people still missing to meet the target (0 if met or undecidable)
 * @since 0.1.0
 */
public record Projection(Status status, Optional<LocalDate> date, long daysNeeded,
                         long remaining) {

    /** What a projection says. */
    public enum Status {
        /** The target is already met. */
        ALREADY_MET,
        /** The target is reached on {@link #date()} at the recent pace. */
        PROJECTED,
        /** The pace is zero or too slow to reach the target within the horizon. */
        NOT_WITHIN_HORIZON,
        /** The segment has no target rule for this unit. */
        NO_TARGET,
        /** A rule applies but the unit has no denominator. */
        NO_DENOMINATOR
    }

    /**
     * Creates a projection, checking the fields agree.
     *
     * @param status  what the projection says, not null
     * @param date  the projected day, not null; present if and only if the status is
     *     {@link Status#PROJECTED}
     * @param daysNeeded  the whole days needed, 0 unless projected
     * @param remaining  people still missing to meet the target (0 if met or undecidable)
     * @throws NullPointerException if the status or the date is null
     * @throws IllegalArgumentException if a date goes with another status than
     *     {@link Status#PROJECTED}, or that status has no date
     */
    public Projection {
        Checks.notNull(status, "status");
        Checks.notNull(date, "date");
        if ((status == Status.PROJECTED) != date.isPresent()) {
            throw new IllegalArgumentException("a date goes with PROJECTED only: " + status + ", "
                    + date);
        }
    }
}
