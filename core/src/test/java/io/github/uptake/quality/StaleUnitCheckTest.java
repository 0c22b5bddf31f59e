package io.github.uptake.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaleUnitCheckTest {
    private final StaleUnitCheck check = new StaleUnitCheck(3);

    @Test
    void threeSilentDaysAreAllowedFourAreNot() {
        QualityContext c = new Fixture()
                .figures("27685", 1, 2, -1, -1, -1)
                .figures("27688", 1, -1, -1, -1, -1)
                .figures("795", 1, 2, 3, 4, 5).context();
        assertEquals(List.of("27688@2020-08-05"), Fixture.found(check, c));
        assertEquals("27688 has been silent for 4 days (last report as of 1 Aug 2020).",
                check.run(c).get(0).messageEn());
    }

    @Test
    void aUnitThatNeverReportedIsFound() {
        QualityContext c = new Fixture().figures("27685", 1).figures("27688", 1).context();
        assertEquals(List.of("795@2020-08-01"), Fixture.found(check, c));
        assertEquals("795 chưa báo cáo lần nào kể từ 1/8/2020.", check.run(c).get(0).messageVi());
    }
}
