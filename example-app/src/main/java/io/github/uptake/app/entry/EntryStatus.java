package io.github.uptake.app.entry;

/**
 * What happened to figures typed in a form or sent to the API. The import's
 * {@code WorkbookIntake.Status} names the same outcomes; its {@code ALREADY_IMPORTED} is
 * {@link #UNCHANGED} here, since nothing typed is "imported".
 */
public enum EntryStatus {
    /** Stored: at least one unit's figure added or revised, in one submission. */
    STORED,
    /** Every figure was already the unit's figure for the day: nothing stored. */
    UNCHANGED,
    /** A dry run of valid figures: nothing stored; the units say what storing would do. */
    CHECKED,
    /** Refused: nothing stored; the problems say where and why. */
    REFUSED
}
