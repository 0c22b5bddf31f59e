package io.github.uptake.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.model.Threshold;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParentFigureCheckTest {
    private final ParentFigureCheck check = new ParentFigureCheck(Threshold.of(1, 100));

    @Test
    void onePercentIsToleratedOneMoreIsNot() {
        // children sum to 1000: an own figure of 1010 is within 1%, 1011 is not
        QualityContext within = new Fixture().figures("27685", 600).figures("27688", 400)
                .figures("794", 1010).context();
        assertEquals(List.of(), Fixture.found(check, within));
        QualityContext beyond = new Fixture().figures("27685", 600).figures("27688", 400)
                .figures("794", 1011).context();
        assertEquals(List.of("794@2020-08-01"), Fixture.found(check, beyond));
        assertEquals("The own figure of 794 (1,011) differs by 11 from the sum of its children"
                + " (1,000).", check.run(beyond).get(0).messageEn());
    }

    @Test
    void anOwnFigureOlderThanTheCarryForwardWindowIsNotCompared() {
        QualityContext c = new Fixture().figures("27685", 600, 600, 600, 600, 600)
                .figures("27688", 400, 400, 400, 400, 400).figures("794", 5000).context();
        assertEquals(List.of(), Fixture.found(check, c));
    }
}
