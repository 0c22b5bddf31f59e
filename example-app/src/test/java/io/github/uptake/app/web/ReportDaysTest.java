package io.github.uptake.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.memory.InMemoryReportStore;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default day: today if a report is dated today, else the latest report day before it, else
 * today; found with a few range reads once, then kept, never by reading every report per request.
 */
class ReportDaysTest {
    private static final LocalDate AUG_18 = LocalDate.of(2020, 8, 18);

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        private Instant now;

        Hands(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static void report(InMemoryReportStore store, Segment segment, LocalDate day) {
        store.submit(Report.of("80", segment, day, 100, Instant.parse("2020-08-01T00:00:00Z"),
                "test", null));
    }

    private static final class Today {
        LocalDate day;

        Today(LocalDate day) {
            this.day = day;
        }
    }

    @Test
    void todayWhenATodaysReportExistsElseTheLatestBeforeElseToday() {
        InMemoryReportStore store = new InMemoryReportStore();
        Hands hands = new Hands(Instant.parse("2020-08-25T03:00:00Z"));
        Today today = new Today(LocalDate.of(2020, 8, 25));
        ReportDays days = new ReportDays(store, List.of(Segment.RESIDENTS, Segment.STAFF),
                () -> today.day, hands);
        assertEquals(today.day, days.get(), "no report at all: today");
        report(store, Segment.STAFF, AUG_18);
        hands.advance(ReportDays.REFRESH);
        assertEquals(AUG_18, days.get(), "the latest report day, of any segment");
        report(store, Segment.RESIDENTS, LocalDate.of(2020, 9, 30));
        hands.advance(ReportDays.REFRESH);
        assertEquals(AUG_18, days.get(), "a report dated after today never makes the default");
        report(store, Segment.RESIDENTS, today.day);
        hands.advance(ReportDays.REFRESH);
        assertEquals(today.day, days.get(), "a report of today");
        today.day = LocalDate.of(2020, 10, 2);
        assertEquals(LocalDate.of(2020, 9, 30), days.get(), "the next days, the report of 30/9");
    }

    @Test
    void theLatestDayIsReadOnceAndKeptNotReadPerRequest() {
        InMemoryReportStore store = new InMemoryReportStore();
        report(store, Segment.RESIDENTS, LocalDate.of(2012, 3, 4));
        report(store, Segment.RESIDENTS, AUG_18);
        Hands hands = new Hands(Instant.parse("2024-01-10T03:00:00Z"));
        LocalDate today = LocalDate.of(2024, 1, 10);
        ReportDays days = new ReportDays(store, List.of(Segment.RESIDENTS), () -> today, hands);
        assertEquals(AUG_18, days.get());
        long first = days.reads();
        assertTrue(first <= 5, "a few windows newest first, not day by day: " + first);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(AUG_18, days.get());
        }
        assertEquals(first, days.reads(), "no read per request");
        // another process stores a report for a later day: seen after the refresh, reading
        // only the days after the latest known
        report(store, Segment.RESIDENTS, LocalDate.of(2023, 12, 31));
        assertEquals(AUG_18, days.get(), "within the refresh, the day kept");
        hands.advance(ReportDays.REFRESH);
        assertEquals(LocalDate.of(2023, 12, 31), days.get());
        assertTrue(days.reads() - first <= 5, "the days after 18/8/2020 only: "
                + (days.reads() - first));
    }

    @Test
    void anUploadsDaysCountAtOnceWithoutReading() {
        InMemoryReportStore store = new InMemoryReportStore();
        report(store, Segment.RESIDENTS, AUG_18);
        Hands hands = new Hands(Instant.parse("2020-08-20T03:00:00Z"));
        LocalDate today = LocalDate.of(2020, 8, 20);
        ReportDays days = new ReportDays(store, List.of(Segment.RESIDENTS), () -> today, hands);
        assertEquals(AUG_18, days.get());
        long reads = days.reads();
        report(store, Segment.RESIDENTS, LocalDate.of(2020, 8, 19));
        days.stored(List.of(LocalDate.of(2020, 8, 19)));
        assertEquals(LocalDate.of(2020, 8, 19), days.get());
        report(store, Segment.RESIDENTS, today);
        days.stored(List.of(today));
        assertEquals(today, days.get());
        hands.advance(ReportDays.REFRESH.multipliedBy(5));
        assertEquals(today, days.get(), "a report of today: nothing more to read");
        assertEquals(reads, days.reads());
    }
}
