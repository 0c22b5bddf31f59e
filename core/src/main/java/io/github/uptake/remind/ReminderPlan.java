package io.github.uptake.remind;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link ReminderPlanner} decided at one moment: where the moment falls in the day's cycle,
 * the reminders due, and who should have had one but has no address ("no contact"), so that a dry
 * run can say who cannot be reached.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param day  the as-of day the reminders concern (the last day of the reporting period), not null
 * @param phase  where the moment falls, not null
 * @param reminderAt  when reminders before the cut-off start, not null
 * @param cutOffAt  the cut-off: when reports are due, not null
 * @param due  the reminders due, in the order of the hierarchy (the digest last), not null
 * @param noContact  the reminders that are due but have nobody to go to, in the same order, not null
 * @since 0.2.0
 */
public record ReminderPlan(LocalDate day, Phase phase, Instant reminderAt, Instant cutOffAt,
                           List<Reminder> due, List<NoContact> noContact) {

    /** Where a moment falls in a day's cycle of reminders. */
    public enum Phase {
        /** Before the reminder time: nothing is due. */
        BEFORE_REMINDER_TIME,
        /** From the reminder time to the cut-off: reminders to the units that have not reported. */
        BEFORE_CUT_OFF,
        /** After the cut-off, the same day: lists of late units to parents, the digest. */
        AFTER_CUT_OFF,
        /** A later day: this day's cycle is over and nothing is due. */
        DAY_OVER
    }

    /**
     * A reminder that is due but cannot go out: its unit (or, for a digest, the leaders) has no
     * address.
     *
     * @param key  the reminder that would have been sent, not null
     * @param unit  the unit it would have gone to (for a digest, the unit it is about), not null
     */
    public record NoContact(ReminderKey key, Unit unit) {
        /**
         * Checks the parts.
         *
         * @param key  the reminder, not null
         * @param unit  the unit, not null
         * @throws NullPointerException if a part is null
         */
        public NoContact {
            Checks.notNull(key, "key");
            Checks.notNull(unit, "unit");
        }
    }

    /**
     * Checks the parts and copies the lists.
     *
     * @param day  the as-of day, not null
     * @param phase  where the moment falls, not null
     * @param reminderAt  when reminders start, not null
     * @param cutOffAt  the cut-off, not null
     * @param due  the reminders due, not null
     * @param noContact  the reminders without an address, not null
     * @throws NullPointerException if a part or an element is null
     */
    public ReminderPlan {
        Checks.notNull(day, "day");
        Checks.notNull(phase, "phase");
        Checks.notNull(reminderAt, "reminderAt");
        Checks.notNull(cutOffAt, "cutOffAt");
        due = List.copyOf(due);
        noContact = List.copyOf(noContact);
    }

    /**
     * Returns true if nothing is due, to anyone, with or without an address.
     *
     * @return true if there is neither a reminder due nor one without contact
     */
    public boolean isEmpty() {
        return due.isEmpty() && noContact.isEmpty();
    }
}
