package io.github.uptake.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverDenominatorCheckTest {
    private final OverDenominatorCheck check = new OverDenominatorCheck();

    @Test
    void exactlyTheDenominatorIsFineOneMoreIsAFinding() {
        QualityContext exact = new Fixture().figures("27685", 100).figures("27688", 50)
                .denominator("27685", 100).denominator("27688", 50).context();
        assertEquals(List.of(), Fixture.found(check, exact));
        QualityContext c = new Fixture().figures("27685", 100).figures("27688", 51)
                .denominator("27685", 200).denominator("27688", 50).context();
        assertEquals(List.of("27688@2020-08-01"), Fixture.found(check, c));
        assertTrue(check.run(c).get(0).messageEn().contains("102.00%"));
    }

    @Test
    void unitsWithoutDenominatorAreSkipped() {
        QualityContext c = new Fixture().figures("27685", 100).context();
        assertEquals(List.of(), Fixture.found(check, c));
    }
}
