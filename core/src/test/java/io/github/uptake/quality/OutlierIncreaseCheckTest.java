package io.github.uptake.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutlierIncreaseCheckTest {
    private final OutlierIncreaseCheck check = new OutlierIncreaseCheck(3.5, 7);

    @Test
    void aSpikeAmongSteadyIncreasesIsFound() {
        QualityContext c = new Fixture()
                .figures("27685", 0, 10, 21, 30, 41, 50, 61, 70, 581, 590, 601).context();
        assertEquals(List.of("27685@2020-08-09"), Fixture.found(check, c));
        assertTrue(check.run(c).get(0).messageEn().startsWith(
                "The daily increase of 27685 (511 people/day) is unusual against its typical 11"),
                check.run(c).get(0).messageEn());
    }

    @Test
    void sixIncreasesAreTooFewToJudge() {
        QualityContext c = new Fixture().figures("27685", 0, 10, 20, 30, 40, 50, 600).context();
        assertEquals(List.of(), Fixture.found(check, c));
        QualityContext seven = new Fixture().figures("27685", 0, 10, 20, 30, 40, 50, 60, 600)
                .context();
        assertEquals(List.of("27685@2020-08-08"), Fixture.found(check, seven));
    }

    @Test
    void smallDeviationsFromASteadyPaceAreNoise() {
        // all increases 10 but one of 20: MAD is 0, the score is high, but 10 people is the floor
        QualityContext c = new Fixture().figures("27685", 0, 10, 20, 30, 40, 50, 60, 80, 90)
                .context();
        assertEquals(List.of(), Fixture.found(check, c));
        QualityContext c2 = new Fixture().figures("27685", 0, 10, 20, 30, 40, 50, 60, 81, 91)
                .context();
        assertEquals(List.of("27685@2020-08-08"), Fixture.found(check, c2));
    }

    @Test
    void gapsSpreadTheIncreaseOverTheirDays() {
        QualityContext c = new Fixture()
                .figures("27685", 0, 10, 20, -1, -1, 50, 60, 70, 80, 90, 100).context();
        assertEquals(List.of(), Fixture.found(check, c));
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new OutlierIncreaseCheck(0, 7));
        assertThrows(IllegalArgumentException.class, () -> new OutlierIncreaseCheck(3.5, 2));
    }
}
