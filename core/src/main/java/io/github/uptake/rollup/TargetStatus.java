package io.github.uptake.rollup;

/**
 * Where a unit stands against its target rule on a day.
 *
 * @since 0.1.0
 */
public enum TargetStatus {
    /** The count reaches the rule's threshold of the denominator. */
    MET,
    /** The count is below the threshold. */
    NOT_MET,
    /** No target rule applies: the segment is counted only. */
    NO_TARGET,
    /** A rule applies but the unit has no denominator, so it cannot be decided. */
    NO_DENOMINATOR
}
