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
 * counted only. Every optional value has one accessor returning an {@code Optional}, never null;
 * {@link #forKind(UnitKind)} and {@link #by(LocalDate)} take nullable arguments for convenience.
 * This class is immutable and thread-safe.
 *
 * @param segment  the segment the rule applies to, not null
 * @param threshold  the share to reach, not null
 * @param unitKind  the kind of unit the rule is limited to, empty for every kind
 * @param deadline  the last day to reach it, empty if none
 * @since 0.1.0
 */
public record TargetRule(Segment segment, Threshold threshold, Optional<UnitKind> unitKind,
                         Optional<LocalDate> deadline) {

    /**
     * Creates a rule, checking that no field is null.
     *
     * @param segment  the segment the rule applies to, not null
     * @param threshold  the share to reach, not null
     * @param unitKind  the kind of unit the rule is limited to, not null; empty for every kind
     * @param deadline  the last day to reach it, not null; empty if none
     * @throws NullPointerException if a field is null (an absent value is an empty optional)
     */
    public TargetRule {
        Checks.notNull(segment, "segment");
        Checks.notNull(threshold, "threshold");
        Checks.notNull(unitKind, "unitKind");
        Checks.notNull(deadline, "deadline");
    }

    /**
     * Obtains a rule for every unit of a segment, with no deadline.
     *
     * @param segment  the segment, not null
     * @param threshold  the share to reach, not null
     * @return the rule, not null
     * @throws NullPointerException if the segment or the threshold is null
     */
    public static TargetRule of(Segment segment, Threshold threshold) {
        return new TargetRule(segment, threshold, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy limited to one kind of unit.
     *
     * @param kind  the kind, null for every kind
     * @return a rule equal to this one but for the kind, not null
     */
    public TargetRule forKind(UnitKind kind) {
        return new TargetRule(segment, threshold, Optional.ofNullable(kind), deadline);
    }

    /**
     * Returns a copy with a deadline.
     *
     * @param date  the last day to reach the target, null for none
     * @return a rule equal to this one but for the deadline, not null
     */
    public TargetRule by(LocalDate date) {
        return new TargetRule(segment, threshold, unitKind, Optional.ofNullable(date));
    }

    /**
     * Returns true iff the count meets the threshold against the denominator, decided exactly.
     *
     * @param count  the count in people, 0 to 10^12
     * @param denominator  the denominator in people, 0 to 10^12
     * @return true if met
     */
    public boolean isMet(long count, long denominator) {
        return threshold.isMetBy(count, denominator);
    }

    /**
     * Returns the number of people still missing to meet the rule, never negative.
     *
     * @param count  the count in people, 0 to 10^12
     * @param denominator  the denominator in people, 0 to 10^12
     * @return the gap in people, 0 if met
     */
    public long gap(long count, long denominator) {
        return threshold.gap(count, denominator);
    }

    /**
     * Returns true if the rule applies to a unit of the given kind in the given segment.
     *
     * @param s  the segment, not null
     * @param kind  the unit's kind, not null
     * @return true if the segment is the rule's and the rule is for every kind or for this one
     */
    public boolean appliesTo(Segment s, UnitKind kind) {
        return segment.equals(s) && (unitKind.isEmpty() || unitKind.get().equals(kind));
    }
}
