package io.github.uptake.live;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ArrivalVisitor;
import io.github.uptake.port.ReportReader;
import io.github.uptake.port.ReportStore;
import io.github.uptake.port.ReportVisitor;
import io.github.uptake.rollup.DailyCounts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Every report key's current figure and first arrival, held in memory for the pages and APIs to
 * read instead of the database, and kept current by {@link #refresh()}: consolidation in real time.
 *
 * <p>{@link #load} reads the whole store once (one pass, {@link
 * ReportStore#forEachFigureRecordedAfter} from {@link Instant#EPOCH}). From then on,
 * {@link #refresh()} reads only the keys with a revision recorded since the latest recording time
 * seen, less an {@linkplain #overlap() overlap}: recording times come from the clocks of the
 * processes that store, and a transaction may become visible after one recorded later, so a
 * revision recorded up to the overlap before the latest one seen is still found. Call it after
 * every accepted submission (the next read then shows it) and on a short poll (to see what other
 * processes on the same database stored). Reading a key again is harmless: its figure is set, not
 * added.
 *
 * <p>Layout: per segment, per unit code, one row of days from the unit's first reported day to
 * its last, a {@code long} figure ({@link DailyCounts#NO_REPORT} where none) and a {@code long}
 * first arrival in microseconds of the epoch per day. The national 2020 tree with 60 days of
 * reports (about 640.000 figures) takes about 10 MB.
 *
 * <p>Each segment has a {@linkplain #generation(Segment) generation} that grows whenever one of
 * its figures or arrivals changes, so a cache of computed results can tell it is out of date.
 *
 * <p>This class is thread-safe: reads share a lock, a refresh reads the store without it and then
 * applies what it read under the write lock, so a reader never sees half a refresh.
 *
 * @since 0.2.0
 */
public final class LiveFigures implements ReportReader {
    /** The default overlap: revisions recorded up to 2 minutes before the latest seen are read again. */
    public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(2);
    private static final long NONE = Long.MIN_VALUE;

    private final ReportStore store;
    private final Duration overlap;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Segment, Map<String, Row>> bySegment = new HashMap<>();
    private final Map<Segment, Long> generations = new HashMap<>();
    private final Object refreshing = new Object();
    /** The latest recording time read; written under {@link #refreshing}. */
    private volatile Instant seen = Instant.EPOCH;

    /** One unit's days: figures and first arrivals from {@code first} on. */
    private static final class Row {
        long first;
        long[] counts;
        long[] arrivals;

        Row(long day) {
            first = day;
            counts = new long[] {DailyCounts.NO_REPORT};
            arrivals = new long[] {NONE};
        }

        /** Sets a day; returns true if anything changed. */
        boolean set(long day, long count, long arrival) {
            if (day < first) {
                int grow = (int) (first - day);
                counts = shift(counts, grow, DailyCounts.NO_REPORT);
                arrivals = shift(arrivals, grow, NONE);
                first = day;
            } else if (day >= first + counts.length) {
                int size = (int) (day - first + 1);
                int old = counts.length;
                counts = java.util.Arrays.copyOf(counts, size);
                arrivals = java.util.Arrays.copyOf(arrivals, size);
                java.util.Arrays.fill(counts, old, size, DailyCounts.NO_REPORT);
                java.util.Arrays.fill(arrivals, old, size, NONE);
            }
            int i = (int) (day - first);
            boolean changed = counts[i] != count || arrivals[i] != arrival;
            counts[i] = count;
            arrivals[i] = arrival;
            return changed;
        }

        private static long[] shift(long[] a, int by, long fill) {
            long[] out = new long[a.length + by];
            java.util.Arrays.fill(out, 0, by, fill);
            System.arraycopy(a, 0, out, by, a.length);
            return out;
        }
    }

    private LiveFigures(ReportStore store, Duration overlap) {
        this.store = store;
        this.overlap = overlap;
    }

    /**
     * Loads every key's current figure and first arrival from a store, with the
     * {@linkplain #DEFAULT_OVERLAP default overlap}.
     *
     * @param store  the store, not null; it must implement
     *     {@link ReportStore#forEachFigureRecordedAfter}
     * @return the live figures, not null
     * @throws UnsupportedOperationException if the store cannot stream what changed
     * @throws NullPointerException if the store is null
     */
    public static LiveFigures load(ReportStore store) {
        return load(store, DEFAULT_OVERLAP);
    }

    /**
     * Loads every key's current figure and first arrival from a store.
     *
     * @param store  the store, not null; it must implement
     *     {@link ReportStore#forEachFigureRecordedAfter}
     * @param overlap  how far before the latest recording time seen each refresh reads again, not
     *     negative, not null
     * @return the live figures, not null
     * @throws UnsupportedOperationException if the store cannot stream what changed
     * @throws IllegalArgumentException if the overlap is negative
     * @throws NullPointerException if an argument is null
     */
    public static LiveFigures load(ReportStore store, Duration overlap) {
        Checks.notNull(store, "store");
        Checks.notNull(overlap, "overlap");
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("overlap must not be negative, was " + overlap);
        }
        LiveFigures live = new LiveFigures(store, overlap);
        live.read(Instant.EPOCH);
        return live;
    }

    /**
     * Reads what was stored since the last look (less the overlap) and applies it.
     *
     * @return how many keys changed (a figure or a first arrival), 0 if none
     */
    public int refresh() {
        synchronized (refreshing) {
            Instant from = seen.minus(overlap);
            return read(from.isBefore(Instant.EPOCH) ? Instant.EPOCH : from);
        }
    }

    /** One key's figure as read, before it is applied. */
    private record Read(Segment segment, String code, long day, long count, long arrival) {
    }

    /**
     * Reads the keys recorded after a moment and applies them: straight into the rows on the first
     * load (nobody reads yet), else gathered first so the write lock is held only to apply them.
     */
    private int read(Instant after) {
        synchronized (refreshing) {
            int[] changed = {0};
            Instant latest;
            if (after.equals(Instant.EPOCH) && bySegment.isEmpty()) {
                lock.writeLock().lock();
                try {
                    latest = store.forEachFigureRecordedAfter(after, (segment, code, day, count,
                            firstSent) -> changed[0] += apply(segment, code, day, count,
                            micros(firstSent)));
                } finally {
                    lock.writeLock().unlock();
                }
            } else {
                List<Read> read = new ArrayList<>();
                latest = store.forEachFigureRecordedAfter(after, (segment, code, day, count,
                        firstSent) -> read.add(new Read(segment, code, day, count,
                        micros(firstSent))));
                lock.writeLock().lock();
                try {
                    for (Read r : read) {
                        changed[0] += apply(r.segment(), r.code(), r.day(), r.count(),
                                r.arrival());
                    }
                } finally {
                    lock.writeLock().unlock();
                }
            }
            if (latest.isAfter(seen)) {
                seen = latest;
            }
            return changed[0];
        }
    }

    /** Sets one key under the write lock; returns 1 if it changed. */
    private int apply(Segment segment, String code, long day, long count, long arrival) {
        Row row = bySegment.computeIfAbsent(segment, s -> new HashMap<>())
                .computeIfAbsent(code, c -> new Row(day));
        if (row.set(day, count, arrival)) {
            generations.merge(segment, 1L, Long::sum);
            return 1;
        }
        return 0;
    }

    private static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    /**
     * Returns how far before the latest recording time seen each refresh reads again.
     *
     * @return the overlap, not null
     */
    public Duration overlap() {
        return overlap;
    }

    /**
     * Returns the latest recording time read from the store.
     *
     * @return the moment, {@link Instant#EPOCH} if the store was empty, not null
     */
    public Instant seenUntil() {
        return seen;
    }

    /**
     * Returns a segment's generation: a number that grows whenever one of its figures or first
     * arrivals changes, and stays the same otherwise.
     *
     * @param segment  the segment, not null
     * @return the generation, 0 for a segment without figures
     */
    public long generation(Segment segment) {
        Checks.notNull(segment, "segment");
        lock.readLock().lock();
        try {
            return generations.getOrDefault(segment, 0L);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Returns the latest as-of day with a figure in any of some segments, on or before a day.
     *
     * @param segments  the segments, not null
     * @param onOrBefore  the last day to consider, not null
     * @return the day, empty if no figure is dated on or before it
     */
    public java.util.Optional<LocalDate> latestDay(Iterable<Segment> segments,
                                                   LocalDate onOrBefore) {
        long limit = onOrBefore.toEpochDay();
        long best = NONE;
        lock.readLock().lock();
        try {
            for (Segment s : segments) {
                for (Row row : bySegment.getOrDefault(s, Map.of()).values()) {
                    long last = Math.min(limit, row.first + row.counts.length - 1);
                    for (long d = last; d >= row.first && d > best; d--) {
                        if (row.counts[(int) (d - row.first)] != DailyCounts.NO_REPORT) {
                            best = d;
                            break;
                        }
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return best == NONE ? java.util.Optional.empty()
                : java.util.Optional.of(LocalDate.ofEpochDay(best));
    }

    @Override
    public void forEachCurrent(Segment segment, LocalDate from, LocalDate to,
                               ReportVisitor visitor) {
        forEachDay(segment, from, to, false, (code, day, value) -> visitor.visit(code, day,
                value));
    }

    @Override
    public void forEachArrival(Segment segment, LocalDate from, LocalDate to,
                               ArrivalVisitor visitor) {
        forEachDay(segment, from, to, true, (code, day, value) -> visitor.visit(code, day,
                Instant.EPOCH.plus(value, ChronoUnit.MICROS)));
    }

    /** Receives one unit-day's figure or first arrival. */
    @FunctionalInterface
    private interface DayVisitor {
        void visit(String code, long day, long value);
    }

    /** Visits, under the read lock, every unit-day of a segment within the days that has one. */
    private void forEachDay(Segment segment, LocalDate from, LocalDate to, boolean arrivals,
                            DayVisitor visitor) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        lock.readLock().lock();
        try {
            for (Map.Entry<String, Row> e : bySegment.getOrDefault(segment, Map.of()).entrySet()) {
                Row row = e.getValue();
                long[] values = arrivals ? row.arrivals : row.counts;
                long none = arrivals ? NONE : DailyCounts.NO_REPORT;
                long end = Math.min(b, row.first + row.counts.length - 1);
                for (long d = Math.max(a, row.first); d <= end; d++) {
                    long v = values[(int) (d - row.first)];
                    if (v != none) {
                        visitor.visit(e.getKey(), d, v);
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Lays out a version's figures for a window of days, looking each unit up once (the fast
     * path of the pages): the same table as {@link ReportReader#dailyCounts}.
     */
    @Override
    public DailyCounts dailyCounts(HierarchyVersion version, Segment segment, LocalDate first,
                                   LocalDate last) {
        DailyCounts.Builder b = DailyCounts.builder(version, first, last);
        long a = first.toEpochDay();
        long z = last.toEpochDay();
        lock.readLock().lock();
        try {
            Map<String, Row> rows = bySegment.getOrDefault(segment, Map.of());
            for (int u = 0; u < version.size(); u++) {
                Row row = rows.get(version.unitAt(u).code());
                if (row == null) {
                    continue;
                }
                long end = Math.min(z, row.first + row.counts.length - 1);
                for (long d = Math.max(a, row.first); d <= end; d++) {
                    long c = row.counts[(int) (d - row.first)];
                    if (c != DailyCounts.NO_REPORT) {
                        b.put(u, d, c);
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return b.build();
    }
}
