package io.github.uptake.remind;

/**
 * The three messages of the daily cycle.
 *
 * @since 0.2.0
 */
public enum ReminderKind {
    /** Before the cut-off, to a unit expected to report that has not. */
    BEFORE_CUT_OFF,
    /** After the cut-off, to a parent unit: the list of its units that did not report on time. */
    LATE_LIST,
    /** After the cut-off, to the leaders: the day's digest, with the written report attached. */
    DIGEST
}
