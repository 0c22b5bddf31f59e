package io.github.uptake.app.web;

import io.github.uptake.model.Segment;
import io.github.uptake.port.ReportReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The dashboard's default day, the day a page shows when the request names none: today (in the
 * province's time zone) if a report is dated today, else the latest day with a report before
 * today, else today. A report dated after today never makes the default.
 *
 * <p>The reports are read from the dashboard's live model ({@link
 * io.github.uptake.live.LiveFigures}, a {@link ReportReader} in memory, kept current by every
 * submission and a poll of the database), which has no query for its latest day either, so this
 * class finds it with a few range reads by segment and day, newest first, and remembers it: once
 * at the first request, then only for the days after the latest day known (empty ranges, cheap),
 * when the day changes or at most once per {@link #REFRESH} (for reports stored by another
 * process, e.g. {@code uptake import} on the same PostgreSQL, which the poll brings in). The
 * submissions tell it the days they stored ({@link #stored}). No request reads every report.
 * This class is thread-safe.
 */
final class ReportDays implements Supplier<LocalDate> {
    /** How long the latest day found is trusted before the days after it are read again. */
    static final Duration REFRESH = Duration.ofMinutes(1);
    /** No report is looked for before this day. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The windows read, newest first, in days back from today. */
    private static final int[] WINDOWS = {1, 7, 31, 366, 3_660};

    private final ReportReader store;
    private final List<Segment> segments;
    private final Supplier<LocalDate> today;
    private final Clock clock;
    private final TreeSet<LocalDate> known = new TreeSet<>();
    private final AtomicLong reads = new AtomicLong();
    private LocalDate readFor;
    private long readAt;

    /**
     * Creates the default day of a store.
     *
     * @param store  the reports, not null
     * @param segments  the segments whose reports count, not null, not empty
     * @param today  today in the province's time zone, not null
     * @param clock  the clock of the refresh, not null
     */
    ReportDays(ReportReader store, List<Segment> segments, Supplier<LocalDate> today, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.segments = List.copyOf(segments);
        if (this.segments.isEmpty()) {
            throw new IllegalArgumentException("segments must not be empty");
        }
        this.today = Objects.requireNonNull(today, "today");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Returns the default day.
     *
     * @return today if a report is dated today, else the latest report day before it, else today
     */
    @Override
    public synchronized LocalDate get() {
        LocalDate now = today.get();
        LocalDate floor = known.floor(now);
        boolean stale = !now.equals(readFor) || clock.millis() - readAt >= REFRESH.toMillis();
        if (stale && !now.equals(floor)) {
            latest(floor == null ? EARLIEST : floor.plusDays(1), now).ifPresent(known::add);
            readFor = now;
            readAt = clock.millis();
            floor = known.floor(now);
        }
        return floor == null ? now : floor;
    }

    /**
     * Records days on which reports were just stored.
     *
     * @param days  the days, not null
     */
    synchronized void stored(Iterable<LocalDate> days) {
        days.forEach(known::add);
    }

    /** Returns how many range reads of the store were made, for the tests. */
    long reads() {
        return reads.get();
    }

    /** Returns the latest report day from {@code from} to {@code to}, reading newest first. */
    private Optional<LocalDate> latest(LocalDate from, LocalDate to) {
        LocalDate end = to;
        for (int i = 0; !end.isBefore(from); i++) {
            LocalDate start = i < WINDOWS.length ? to.minusDays(WINDOWS[i] - 1L) : from;
            if (start.isBefore(from)) {
                start = from;
            }
            long[] max = {Long.MIN_VALUE};
            for (Segment s : segments) {
                reads.incrementAndGet();
                store.forEachCurrent(s, start, end, (code, day, count) -> max[0] = Math.max(max[0],
                        day));
            }
            if (max[0] != Long.MIN_VALUE) {
                return Optional.of(LocalDate.ofEpochDay(max[0]));
            }
            end = start.minusDays(1);
        }
        return Optional.empty();
    }
}
