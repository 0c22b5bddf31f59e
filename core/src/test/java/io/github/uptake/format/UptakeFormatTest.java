package io.github.uptake.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.Threshold;
import io.github.uptake.testing.PropertyCheck;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UptakeFormatTest {
    private final UptakeFormat vi = UptakeFormat.vietnamese();
    private final UptakeFormat en = UptakeFormat.english();

    @Test
    void countsGroupThousandsTheVietnameseAndEnglishWay() {
        assertEquals("197.011", vi.count(197_011));
        assertEquals("1.776.474", vi.count(1_776_474));
        assertEquals("868.874", vi.count(868_874));
        assertEquals("0", vi.count(0));
        assertEquals("999", vi.count(999));
        assertEquals("-1.000", vi.count(-1000));
        assertEquals("197,011", en.count(197_011));
        assertEquals("1,000,000,000,000", en.count(1_000_000_000_000L));
    }

    @Test
    void ratesShowTwoDecimalsRoundedHalfUp() {
        assertEquals("11,09%", vi.percent(197_011, 1_776_474));
        assertEquals("11,67%", vi.percent(197_011, 1_688_547));
        assertEquals("8,54%", vi.percent(5_658, 66_219), "the published 8,3% was wrong");
        assertEquals("11.09%", en.percent(197_011, 1_776_474));
        assertEquals("0,01%", vi.percent(1, 20_000), "0.005% rounds half up");
        assertEquals("0,00%", vi.percent(1, 20_001));
        assertEquals("–", vi.percent(5, 0));
        assertEquals("150,00%", vi.percent(3, 2));
    }

    @Test
    void belowTheTargetNeverReadsAsReachingIt() {
        // 59,996% rounds to 60,00% but is below 60%
        assertEquals("60,00%", vi.percent(59_996, 100_000));
        assertEquals("59,99%", vi.percent(59_996, 100_000, Threshold.SIXTY_PERCENT));
        assertEquals("60,00%", vi.percent(60_000, 100_000, Threshold.SIXTY_PERCENT));
        assertEquals("66,66%", vi.percent(666_665, 1_000_000, Threshold.of(2, 3)));
        assertEquals("11,09%", vi.percent(197_011, 1_776_474, Threshold.SIXTY_PERCENT));
    }

    /** A generated rate and target. */
    record Case(long count, long denominator, Threshold target) {
    }

    @Test
    void shownPercentageNeverContradictsTheTargetDecision() {
        PropertyCheck.forAll(rnd -> {
            long q = 1 + rnd.nextLong(rnd.nextBoolean() ? 100 : 1_000_000);
            Threshold t = Threshold.of(rnd.nextLong(q + 1), q);
            long den = 1 + rnd.nextLong(rnd.nextBoolean() ? 100_000 : 1_000_000_000_000L);
            long required = t.requiredCount(den);
            long count = Math.max(0, Math.min(1_000_000_000_000L,
                    required + rnd.nextLong(-3, 4) * (rnd.nextBoolean() ? 1 : 1 + rnd.nextLong(50))));
            return new Case(count, den, t);
        }).check("percent-never-contradicts", c -> {
            long shown = UptakeFormat.hundredthsOfPercent(c.count(), c.denominator(), c.target());
            // target in hundredths of a percent, exactly: p * 10000 / q
            BigInteger targetTimesQ = BigInteger.valueOf(c.target().numerator() * 10_000);
            BigInteger shownTimesQ = BigInteger.valueOf(shown)
                    .multiply(BigInteger.valueOf(c.target().denominator()));
            boolean met = c.target().isMetBy(c.count(), c.denominator());
            if (met) {
                long plain = UptakeFormat.hundredthsOfPercent(c.count(), c.denominator());
                assertEquals(plain, shown, "a met target shows the plain rounded rate");
            } else {
                assertTrue(shownTimesQ.compareTo(targetTimesQ) < 0,
                        "shown " + shown + " reads as reaching " + c.target());
            }
            // the shown value is never more than the rounded value, nor below the truncated one
            long truncated = c.count() * 10_000 / c.denominator();
            assertTrue(shown >= truncated && shown
                    <= UptakeFormat.hundredthsOfPercent(c.count(), c.denominator()));
        });
    }

    @Test
    void officialDatesFollowDecree30() {
        assertEquals("ngày 17 tháng 8 năm 2020", vi.date(LocalDate.of(2020, 8, 17)));
        assertEquals("ngày 05 tháng 01 năm 2020", vi.date(LocalDate.of(2020, 1, 5)));
        assertEquals("ngày 28 tháng 02 năm 2021", vi.date(LocalDate.of(2021, 2, 28)));
        assertEquals("ngày 01 tháng 3 năm 2021", vi.date(LocalDate.of(2021, 3, 1)));
        assertEquals("ngày 31 tháng 12 năm 2020", vi.date(LocalDate.of(2020, 12, 31)));
        assertEquals("Long An, ngày 17 tháng 8 năm 2020",
                vi.placeAndDate("Long An", LocalDate.of(2020, 8, 17)));
        assertEquals("17 August 2020", en.date(LocalDate.of(2020, 8, 17)));
        assertEquals("15/8/2020", vi.shortDate(LocalDate.of(2020, 8, 15)));
        assertEquals("15 Aug 2020", en.shortDate(LocalDate.of(2020, 8, 15)));
    }

    @Test
    void thresholdsAndLocales() {
        assertEquals("60%", vi.threshold(Threshold.SIXTY_PERCENT));
        assertEquals("62,50%", vi.threshold(Threshold.of(5, 8)));
        assertEquals("100%", en.threshold(Threshold.ALL));
        assertEquals(vi, UptakeFormat.of(Locale.forLanguageTag("vi-VN")));
        assertEquals(en, UptakeFormat.of(Locale.FRANCE));
    }
}
