package io.github.uptake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TargetRulesTest {
    @Test
    void aRuleForTheUnitsKindTakesPrecedence() {
        TargetRule all = TargetRule.of(Segment.WORKERS, Threshold.SIXTY_PERCENT);
        TargetRule enterprises = TargetRule.of(Segment.WORKERS, Threshold.ALL)
                .forKind(UnitKind.ENTERPRISE).by(LocalDate.of(2020, 8, 30));
        TargetRules rules = TargetRules.of(all, enterprises);
        assertEquals(enterprises, rules.ruleFor(Segment.WORKERS, UnitKind.ENTERPRISE).orElseThrow());
        assertEquals(all, rules.ruleFor(Segment.WORKERS, UnitKind.BANK).orElseThrow());
        assertTrue(rules.ruleFor(Segment.CUSTOMERS, UnitKind.ENTERPRISE).isEmpty());
        assertEquals(LocalDate.of(2020, 8, 30), enterprises.deadline().orElseThrow());
    }

    @Test
    void twoRulesForTheSameSegmentAndKindAreRefused() {
        TargetRule a = TargetRule.of(Segment.RESIDENTS, Threshold.SIXTY_PERCENT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TargetRules.of(a, TargetRule.of(Segment.RESIDENTS, Threshold.percent(30))));
        assertTrue(e.getMessage().contains("residents"));
        assertEquals(2, TargetRules.of(a).with(a.forKind(UnitKind.COMMUNE)).rules().size());
    }
}
