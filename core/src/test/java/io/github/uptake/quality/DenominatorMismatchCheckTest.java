package io.github.uptake.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DenominatorMismatchCheckTest {
    private final DenominatorMismatchCheck check = new DenominatorMismatchCheck();

    @Test
    void onePercentOfTheDeclaredFigureIsToleratedOneMoreIsNot() {
        QualityContext within = new Fixture().figures("27685", 1).denominator("27685", 600)
                .denominator("27688", 400).denominator("794", 1010).context();
        assertEquals(List.of(), Fixture.found(check, within));
        QualityContext beyond = new Fixture().figures("27685", 1).denominator("27685", 600)
                .denominator("27688", 389).denominator("794", 1000).context();
        assertEquals(List.of("794@2019-04-01"), Fixture.found(check, beyond));
    }
}
