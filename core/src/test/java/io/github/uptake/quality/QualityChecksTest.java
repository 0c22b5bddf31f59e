package io.github.uptake.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.uptake.testing.PropertyCheck;
import io.github.uptake.testing.QualityScenarios;
import io.github.uptake.testing.QualityScenarios.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityChecksTest {

    private static void exactlyTheInjectedFinding(Fault fault) {
        PropertyCheck.forAll(QualityScenarios.cases(fault)).check("quality-" + fault, c -> {
            List<String> found = QualityChecks.defaults().run(c.context()).stream()
                    .map(f -> f.checkId() + "@" + f.unitCode()).toList();
            List<String> expected = fault == Fault.NONE ? List.of()
                    : List.of(fault.checkId() + "@" + c.faultUnit());
            assertEquals(expected, found);
        });
    }

    @Test
    void cleanGeneratedDataYieldsNoFindings() {
        exactlyTheInjectedFinding(Fault.NONE);
    }

    @Test
    void aDecreaseYieldsExactlyItsFinding() {
        exactlyTheInjectedFinding(Fault.DECREASE);
    }

    @Test
    void aCountOverItsDenominatorYieldsExactlyItsFinding() {
        exactlyTheInjectedFinding(Fault.OVER_DENOMINATOR);
    }

    @Test
    void aParentFigureFarFromItsChildrenYieldsExactlyItsFinding() {
        exactlyTheInjectedFinding(Fault.OWN_FIGURE);
    }

    @Test
    void aDeclaredDenominatorFarFromItsChildrenYieldsExactlyItsFinding() {
        exactlyTheInjectedFinding(Fault.DENOMINATOR);
    }

    @Test
    void anOutlierIncreaseYieldsExactlyItsFinding() {
        exactlyTheInjectedFinding(Fault.OUTLIER);
    }

    @Test
    void aSilentUnitYieldsExactlyItsFinding() {
        exactlyTheInjectedFinding(Fault.STALE);
    }

    @Test
    void aWrongPublishedRateYieldsExactlyItsFinding() {
        exactlyTheInjectedFinding(Fault.PUBLISHED);
    }

    @Test
    void checksAreConfigurableById() {
        QualityChecks all = QualityChecks.defaults();
        assertEquals(8, all.checks().size());
        QualityChecks fewer = all.without(StaleUnitCheck.ID);
        assertEquals(7, fewer.checks().size());
        QualityChecks replaced = fewer.with(new StaleUnitCheck(10)).with(new StaleUnitCheck(5));
        assertEquals(8, replaced.checks().size());
        assertThrows(IllegalArgumentException.class, () -> QualityChecks.of(
                List.of(new StaleUnitCheck(1), new StaleUnitCheck(2))));
    }
}
