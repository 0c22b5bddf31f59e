package io.github.uptake.remind;

import io.github.uptake.internal.Checks;
import java.util.Optional;

/**
 * What became of one reminder in a run of {@link Reminders#send}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reminder  the reminder, not null
 * @param outcome  what became of it, not null
 * @param attempts  the attempts recorded for its key so far (this run's included), 1 or more
 * @param reason  why the last attempt failed, for {@code FAILED} and {@code GAVE_UP}; empty
 *     otherwise
 * @since 0.2.0
 */
public record Delivery(Reminder reminder, Outcome outcome, int attempts, Optional<String> reason) {

    /** What became of a reminder. */
    public enum Outcome {
        /** Sent in this run. */
        SENT,
        /** Sent before, or claimed by another run and not settled: skipped, never sent twice. */
        ALREADY,
        /** This run's attempt failed; a later run tries again while attempts remain. */
        FAILED,
        /** Failed as many times as allowed: no run will try again. */
        GAVE_UP
    }

    /**
     * Checks the parts.
     *
     * @param reminder  the reminder, not null
     * @param outcome  what became of it, not null
     * @param attempts  the attempts recorded, 1 or more
     * @param reason  why the last attempt failed, not null (empty if none)
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if attempts is below 1
     */
    public Delivery {
        Checks.notNull(reminder, "reminder");
        Checks.notNull(outcome, "outcome");
        Checks.notNull(reason, "reason");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be 1 or more, was " + attempts);
        }
    }
}
