package io.github.uptake.model;

import io.github.uptake.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What counts as success for a segment: a share of the denominator to reach, for all units or for
 * one kind of unit, optionally by a deadline.
 *
 * <p>For example "residents: 60% of the population" ({@code TargetRule.of(RESIDENTS,
 * Threshold.SIXTY_PERCENT)}) or "workers of enterprises: all of them". A segment with no rule is
 * counted only. This class is immutable and thread-safe.
 *
 * @param segment  the segment the rule applies to, not null
 * @param threshold  the share to reach, not null
 * @param unitKind  the kind of unit the rule is limited to, null for every kind
 * @param deadline  the last day to reach it, null if none
 */
public record TargetRule(Segment segment, Threshold threshold, UnitKind unitKind,
                         LocalDate deadline) {

    /** Checks the required fields. */
    public TargetRule {
        Checks.notNull(segment, "segment");
        Checks.notNull(threshold, "threshold");
    }

    /**
     * Obtains a rule for every unit of a segment, with no deadline.
     *
     * @param segment  the segment, not null
     * @param threshold  the share to reach, not null
     * @return the rule, not null
     */
    public static TargetRule of(Segment segment, Threshold threshold) {
        return new TargetRule(segment, threshold, null, null);
    }

    /**
     * Returns a copy limited to one kind of unit.
     *
     * @param kind  the kind, null for every kind
     * @return the rule, not null
     */
    public TargetRule forKind(UnitKind kind) {
        return new TargetRule(segment, threshold, kind, deadline);
    }

    /**
     * Returns a copy with a deadline.
     *
     * @param date  the last day to reach the target, null for none
     * @return the rule, not null
     */
    public TargetRule by(LocalDate date) {
        return new TargetRule(segment, threshold, unitKind, date);
    }

    /** Returns the kind of unit the rule is limited to, if any. */
    public Optional<UnitKind> kind() {
        return Optional.ofNullable(unitKind);
    }

    /** Returns the deadline, if any. */
    public Optional<LocalDate> deadlineDate() {
        return Optional.ofNullable(deadline);
    }

    /**
     * Returns true iff the count meets the threshold against the denominator, decided exactly.
     *
     * @param count  the count
     * @param denominator  the denominator
     * @return true if met
     */
    public boolean isMet(long count, long denominator) {
        return threshold.isMetBy(count, denominator);
    }

    /**
     * Returns the number of people still missing to meet the rule, never negative.
     *
     * @param count  the count
     * @param denominator  the denominator
     * @return the gap in people
     */
    public long gap(long count, long denominator) {
        return threshold.gap(count, denominator);
    }

    /**
     * Returns true if the rule applies to a unit of the given kind in the given segment.
     *
     * @param s  the segment, not null
     * @param kind  the unit's kind, not null
     * @return true if it applies
     */
    public boolean appliesTo(Segment s, UnitKind kind) {
        return segment.equals(s) && (unitKind == null || unitKind.equals(kind));
    }
}
