package io.github.uptake.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecreasingCountCheckTest {
    private final DecreasingCountCheck check = new DecreasingCountCheck();

    @Test
    void aFallOfOneIsFoundAndAnEqualFigureIsNot() {
        QualityContext c = new Fixture().figures("27685", 100, 100, 99, -1, 98)
                .figures("794", 200, 201, 202).context();
        assertEquals(List.of("27685@2020-08-03", "27685@2020-08-05"), Fixture.found(check, c));
        Finding f = check.run(c).get(0);
        assertEquals("The cumulative count of 27685 fell from 100 (2 Aug 2020) to 99 (3 Aug 2020).",
                f.messageEn());
        assertEquals("Số cộng dồn của 27685 giảm từ 100 (2/8/2020) xuống 99 (3/8/2020).",
                f.messageVi());
    }

    @Test
    void fallsBeforeTheJudgedDaysAreHistoryOnly() {
        QualityContext c = new Fixture().figures("27685", 100, 90, 95, 96)
                .context(Fixture.FIRST.plusDays(2));
        assertEquals(List.of(), Fixture.found(check, c));
    }
}
