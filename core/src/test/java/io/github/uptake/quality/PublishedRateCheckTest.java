package io.github.uptake.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Segment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedRateCheckTest {
    private static PublishedRate ducHue(String text) {
        return new PublishedRate("801", Segment.RESIDENTS, LocalDate.of(2020, 8, 18), 5658, 66219,
                text, "duchue.longan.gov.vn");
    }

    @Test
    void theDucHuePageWasWrong() {
        assertFalse(PublishedRateCheck.matches(ducHue("8,3%")));
        QualityContext c = new Fixture().figures("27685", 1).context()
                .withPublishedRates(List.of(ducHue("8,3%")));
        Finding f = new PublishedRateCheck().run(c).get(0);
        assertEquals("duchue.longan.gov.vn published 8,3% but 5,658 / 66,219 = 8.54%.",
                f.messageEn());
        assertEquals("duchue.longan.gov.vn ghi tỷ lệ 8,3% nhưng 5.658 / 66.219 = 8,54%.",
                f.messageVi());
    }

    @Test
    void roundedOrTruncatedToItsOwnPrecisionIsRight() {
        // 5658 / 66219 = 8.5443...%
        assertTrue(PublishedRateCheck.matches(ducHue("8,54%")));
        assertTrue(PublishedRateCheck.matches(ducHue("8,5%")));
        assertTrue(PublishedRateCheck.matches(ducHue("9%")));
        assertTrue(PublishedRateCheck.matches(ducHue("8")));
        assertTrue(PublishedRateCheck.matches(ducHue("8.544")));
        assertFalse(PublishedRateCheck.matches(ducHue("8,55%")));
        assertFalse(PublishedRateCheck.matches(ducHue("8,53%")));
        assertFalse(PublishedRateCheck.matches(ducHue("8,6%")));
        assertFalse(PublishedRateCheck.matches(ducHue("10%")));
    }

    @Test
    void theSeedsFigureMatches() {
        assertTrue(PublishedRateCheck.matches(new PublishedRate("80", Segment.RESIDENTS,
                LocalDate.of(2020, 8, 15), 197_011, 1_776_474, "11,09%", "4937/UBND-VHXH")));
        assertThrows(IllegalArgumentException.class, () -> ducHue("tám phần trăm"));
    }
}
