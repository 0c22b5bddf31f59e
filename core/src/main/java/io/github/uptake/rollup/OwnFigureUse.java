package io.github.uptake.rollup;

/**
 * What a roll-up did with a parent's own figure: a district that reports its own total as well as
 * having communes. Reports say it, so a figure set aside is never lost without a word.
 *
 * @since 0.1.0
 */
public enum OwnFigureUse {
    /** The unit has no own current figure, or is a leaf (whose figure is simply its count). */
    NONE,
    /** The unit's own figure is its count, in place of its children's sum. */
    USED,
    /** The unit's own figure was set aside for its children's sum; it is kept for comparison. */
    SET_ASIDE
}
