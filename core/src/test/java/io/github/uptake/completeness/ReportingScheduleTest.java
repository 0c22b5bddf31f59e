package io.github.uptake.completeness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportingScheduleTest {
    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void dailyReportsAreDueAtFourInTheAfternoonInVietnam() {
        ReportingPeriod p = ReportingSchedule.daily().periodContaining(d(2020, 8, 15));
        assertEquals(d(2020, 8, 15), p.start());
        assertEquals(d(2020, 8, 15), p.end());
        assertEquals(Instant.parse("2020-08-15T09:00:00Z"), p.deadline());
        assertEquals(Instant.parse("2020-08-15T10:30:00Z"), ReportingSchedule.daily()
                .withCutOff(LocalTime.of(17, 30)).periodContaining(d(2020, 8, 15)).deadline());
        assertEquals(Instant.parse("2020-08-15T16:00:00Z"), ReportingSchedule.daily()
                .withZone(ZoneId.of("UTC")).periodContaining(d(2020, 8, 15)).deadline());
    }

    @Test
    void decree09PeriodsCloseOnTheFourteenth() {
        ReportingSchedule monthly = ReportingSchedule.decree09(ReportingSchedule.Cadence.MONTHLY);
        assertEquals(new ReportingPeriod(d(2020, 7, 15), d(2020, 8, 14),
                Instant.parse("2020-08-14T09:00:00Z")), monthly.periodContaining(d(2020, 8, 14)));
        assertEquals(d(2020, 8, 15), monthly.periodContaining(d(2020, 8, 15)).start());
        assertEquals(d(2020, 9, 14), monthly.periodContaining(d(2020, 8, 15)).end());
        ReportingSchedule quarterly =
                ReportingSchedule.decree09(ReportingSchedule.Cadence.QUARTERLY);
        assertEquals(List.of(d(2019, 12, 15), d(2020, 3, 14)),
                ends(quarterly.periodContaining(d(2020, 1, 1))));
        assertEquals(List.of(d(2020, 6, 15), d(2020, 9, 14)),
                ends(quarterly.periodContaining(d(2020, 8, 15))));
        assertEquals(List.of(d(2020, 12, 15), d(2021, 6, 14)), ends(ReportingSchedule
                .decree09(ReportingSchedule.Cadence.HALF_YEARLY).periodContaining(d(2020, 12, 20))));
        assertEquals(List.of(d(2019, 12, 15), d(2020, 12, 14)), ends(ReportingSchedule
                .decree09(ReportingSchedule.Cadence.ANNUAL).periodContaining(d(2020, 8, 15))));
        assertEquals(Instant.parse("2020-08-19T09:00:00Z"), monthly.withDueAfterDays(5)
                .periodContaining(d(2020, 8, 1)).deadline());
    }

    @Test
    void listsThePeriodsEndingInARange() {
        assertEquals(3, ReportingSchedule.daily().periodsEnding(d(2020, 8, 13), d(2020, 8, 15))
                .size());
        assertEquals(List.of(d(2020, 2, 14), d(2020, 3, 14)), ReportingSchedule
                .decree09(ReportingSchedule.Cadence.MONTHLY).periodsEnding(d(2020, 2, 1),
                        d(2020, 4, 1)).stream().map(ReportingPeriod::end).toList());
    }

    @Test
    void expectedUnitsAreLeavesOrAChosenSet() {
        assertEquals(Set.of("794", "80"), ReportingSchedule.daily()
                .expecting(Set.of("80", "794")).expectedUnits().orElseThrow());
        assertEquals(ReportingSchedule.daily(), ReportingSchedule.daily().expecting(Set.of("1"))
                .expectingLeaves());
        assertThrows(IllegalArgumentException.class,
                () -> ReportingSchedule.daily().withDueAfterDays(-1));
    }

    private static List<LocalDate> ends(ReportingPeriod p) {
        return List.of(p.start(), p.end());
    }
}
