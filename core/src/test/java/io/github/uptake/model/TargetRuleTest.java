package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetRuleTest {
    private static final LocalDate DEADLINE = LocalDate.of(2020, 8, 30);

    @Test
    void theKindAndTheDeadlineAreOneOptionalEach() {
        TargetRule any = TargetRule.of(Segment.WORKERS, Threshold.ALL);
        assertEquals(Optional.empty(), any.unitKind());
        assertEquals(Optional.empty(), any.deadline());
        TargetRule rule = any.forKind(UnitKind.ENTERPRISE).by(DEADLINE);
        assertEquals(Optional.of(UnitKind.ENTERPRISE), rule.unitKind());
        assertEquals(Optional.of(DEADLINE), rule.deadline());
        assertEquals(rule, new TargetRule(Segment.WORKERS, Threshold.ALL,
                Optional.of(UnitKind.ENTERPRISE), Optional.of(DEADLINE)));
        assertEquals(any, rule.forKind(null).by(null));
    }

    @Test
    void theCanonicalConstructorRefusesANullOptional() {
        assertThrows(NullPointerException.class, () -> new TargetRule(Segment.WORKERS,
                Threshold.ALL, null, Optional.empty()));
        assertThrows(NullPointerException.class, () -> new TargetRule(Segment.WORKERS,
                Threshold.ALL, Optional.empty(), null));
    }

    @Test
    void aRuleWithoutAKindAppliesToEveryKind() {
        TargetRule any = TargetRule.of(Segment.WORKERS, Threshold.ALL);
        assertTrue(any.appliesTo(Segment.WORKERS, UnitKind.BANK));
        TargetRule enterprises = any.forKind(UnitKind.ENTERPRISE);
        assertTrue(enterprises.appliesTo(Segment.WORKERS, UnitKind.ENTERPRISE));
        assertFalse(enterprises.appliesTo(Segment.WORKERS, UnitKind.BANK));
        assertFalse(enterprises.appliesTo(Segment.RESIDENTS, UnitKind.ENTERPRISE));
    }
}
