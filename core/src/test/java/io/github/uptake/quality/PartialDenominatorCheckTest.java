package io.github.uptake.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDenominatorCheckTest {
    private final PartialDenominatorCheck check = new PartialDenominatorCheck();

    @Test
    void aUnitWithoutDenominatorIsNamedAtTheParentWhoseSumItBreaks() {
        QualityContext partial = new Fixture().figures("27685", 1).denominator("27685", 600)
                .denominator("27688", 400).context();
        // 795 has none: the province's sum is partial, and 795 is named there (dated by the version)
        assertEquals(List.of("80@2020-08-01"), Fixture.found(check, partial));
        QualityContext full = new Fixture().figures("27685", 1).denominator("27685", 600)
                .denominator("27688", 400).denominator("795", 100).context();
        assertEquals(List.of(), Fixture.found(check, full));
        QualityContext declared = new Fixture().figures("27685", 1).denominator("27685", 600)
                .denominator("27688", 400).denominator("80", 2000).context();
        assertEquals(List.of(), Fixture.found(check, declared), "a declared figure is full");
    }
}
