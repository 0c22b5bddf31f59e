package io.github.uptake.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The set of target rules of a campaign, answering "which rule applies to this unit and segment".
 *
 * <p>A rule limited to the unit's kind takes precedence over a rule for every kind; two rules for
 * the same segment and kind are a misuse and rejected. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TargetRules {
    private static final TargetRules NONE = new TargetRules(List.of());

    private final List<TargetRule> rules;

    private TargetRules(List<TargetRule> rules) {
        this.rules = rules;
    }

    /**
     * Obtains a rule set.
     *
     * @param rules  the rules, not null, no null element
     * @return the rule set, not null
     * @throws IllegalArgumentException if two rules have the same segment and kind
     * @throws NullPointerException if the list is null or holds a null
     */
    public static TargetRules of(List<TargetRule> rules) {
        List<TargetRule> copy = List.copyOf(rules);
        for (int i = 0; i < copy.size(); i++) {
            for (int j = i + 1; j < copy.size(); j++) {
                TargetRule a = copy.get(i);
                TargetRule b = copy.get(j);
                if (a.segment().equals(b.segment()) && a.unitKind().equals(b.unitKind())) {
                    throw new IllegalArgumentException("two target rules for segment "
                            + a.segment() + " and kind " + a.unitKind().map(Object::toString)
                            .orElse("(any)") + ": " + a + " and " + b);
                }
            }
        }
        return new TargetRules(copy);
    }

    /**
     * Obtains a rule set.
     *
     * @param rules  the rules, not null, no null element
     * @return the rule set, not null
     * @throws IllegalArgumentException if two rules have the same segment and kind
     * @throws NullPointerException if the array is null or holds a null
     */
    public static TargetRules of(TargetRule... rules) {
        return of(List.of(rules));
    }

    /**
     * Returns a rule set with no rules: everything is counted only.
     *
     * @return the empty rule set, not null
     */
    public static TargetRules none() {
        return NONE;
    }

    /**
     * Returns the rules, in the order given.
     *
     * @return the rules, unmodifiable, not null, empty if none
     */
    public List<TargetRule> rules() {
        return rules;
    }

    /**
     * Returns a rule set with one more rule.
     *
     * @param rule  the rule, not null
     * @return a new rule set with the rules of this one and the given one last, not null
     * @throws IllegalArgumentException if the set already has a rule for its segment and kind
     * @throws NullPointerException if the rule is null
     */
    public TargetRules with(TargetRule rule) {
        List<TargetRule> all = new ArrayList<>(rules);
        all.add(rule);
        return of(all);
    }

    /**
     * Finds the rule for a unit kind and segment: the one limited to that kind, else the one for
     * every kind.
     *
     * @param segment  the segment, not null
     * @param kind  the unit's kind, not null
     * @return the rule, empty if the segment is counted only
     */
    public Optional<TargetRule> ruleFor(Segment segment, UnitKind kind) {
        TargetRule general = null;
        for (TargetRule r : rules) {
            if (r.appliesTo(segment, kind)) {
                if (r.unitKind().isPresent()) {
                    return Optional.of(r);
                }
                general = r;
            }
        }
        return Optional.ofNullable(general);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetRules t && t.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return "TargetRules" + rules;
    }
}
