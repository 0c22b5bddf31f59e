package io.github.uptake.live;

import io.github.uptake.internal.Checks;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ArrivalVisitor;
import io.github.uptake.port.ReportReader;
import io.github.uptake.port.ReportStore;
import io.github.uptake.port.ReportVisitor;
import io.github.uptake.rollup.DailyCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Every report key's current figure and first arrival, held in memory for pages and APIs to read
 * instead of the database: consolidation in real time.
 *
 * <p>It is built from revisions, each merged into its key: the current figure is that of the
 * revision sent last, and of two sent at the same moment the greater count (the
 * {@link Report#REVISION_ORDER}: revisions that tie on both have the same count, whatever their
 * reporter and source), and the first arrival is the earliest sending time. The merge is exact,
 * and the same whatever the order revisions come in or how often one comes, so reading a
 * revision again is harmless.
 *
 * <p>Three ways in:
 * <ul>
 *   <li>{@link #load} reads every revision of the store once
 *       ({@link ReportStore#forEachRevisionRecordedAfter} from {@link Instant#EPOCH});</li>
 *   <li>{@link #tracking(ReportStore)} wraps the store this process submits through: after each
 *       submission that returns (stored, all or none), its reports are merged, so the next read
 *       shows them without reading the database;</li>
 *   <li>{@link #refresh()}, on a short poll, reads the revisions recorded since shortly before its
 *       previous read started: what other processes stored on the same database. Recording
 *       times come from those processes' clocks, and a transaction may become visible after one
 *       recorded later, so each read goes back an {@linkplain #overlap() overlap} (default 30
 *       seconds) before the previous read's start, by this process's clock. A revision whose
 *       store's clock lags this one's, plus the time from its recording to its commit, by less
 *       than the overlap is always found; a longer one (a bulk load in one transaction of many
 *       minutes) is found by the next {@link #reread()}, which reads every revision again.</li>
 * </ul>
 *
 * <p>Layout: per segment, per unit code, one row of days from the unit's first reported day to
 * its last, with three {@code long}s a day (figure, its sending time, first arrival). The national
 * 2020 tree with 60 days of reports (about 640.000 unit-days) takes about 15 MB.
 *
 * <p>Each segment has a {@linkplain #generation(Segment) generation} that grows whenever one of
 * its figures or first arrivals changes, so a cache of computed results can tell it is out of
 * date.
 *
 * <p>This class is thread-safe: reads share a lock; merges take it alone, and a refresh reads the
 * store before it takes it, so a reader never waits for the database nor sees half a submission.
 *
 * @since 0.2.0
 */
public final class LiveFigures implements ReportReader {
    /**
     * The default overlap of a refresh with the previous one: 30 seconds. Long enough for clocks
     * kept by NTP and for a submission's transaction; short enough that the revisions of a bulk
     * load just stored are not read again by every poll.
     */
    public static final Duration DEFAULT_OVERLAP = Duration.ofSeconds(30);
    private static final long NONE = Long.MIN_VALUE;

    private final ReportStore store;
    private final Duration overlap;
    private final Clock clock;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Segment, Map<String, LiveRow>> bySegment = new HashMap<>();
    private final Map<Segment, Long> generations = new HashMap<>();
    private final Object refreshing = new Object();
    /** When the previous read of the store started, by {@link #clock}; under {@link #refreshing}. */
    private Instant previousRead;

    private LiveFigures(ReportStore store, Duration overlap, Clock clock) {
        this.store = store;
        this.overlap = overlap;
        this.clock = clock;
    }

    /**
     * Loads every revision of a store, with the {@linkplain #DEFAULT_OVERLAP default overlap} and
     * the system clock.
     *
     * @param store  the store, not null; it must implement
     *     {@link ReportStore#forEachRevisionRecordedAfter}
     * @return the live figures, not null
     * @throws UnsupportedOperationException if the store cannot stream what it recorded when
     * @throws NullPointerException if the store is null
     */
    public static LiveFigures load(ReportStore store) {
        return load(store, DEFAULT_OVERLAP, Clock.systemUTC());
    }

    /**
     * Loads every revision of a store.
     *
     * @param store  the store, not null; it must implement
     *     {@link ReportStore#forEachRevisionRecordedAfter}
     * @param overlap  how far before the previous read's start each refresh reads again, not
     *     negative, not null
     * @param clock  this process's clock, which times the reads, not null
     * @return the live figures, not null
     * @throws UnsupportedOperationException if the store cannot stream what it recorded when
     * @throws IllegalArgumentException if the overlap is negative
     * @throws NullPointerException if an argument is null
     */
    public static LiveFigures load(ReportStore store, Duration overlap, Clock clock) {
        Checks.notNull(store, "store");
        Checks.notNull(overlap, "overlap");
        Checks.notNull(clock, "clock");
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("overlap must not be negative, was " + overlap);
        }
        LiveFigures live = new LiveFigures(store, overlap, clock);
        synchronized (live.refreshing) {
            live.previousRead = clock.instant();
            live.lock.writeLock().lock();
            try {
                // nobody reads yet: merged as they stream
                store.forEachRevisionRecordedAfter(Instant.EPOCH, (segment, code, day, count,
                        sent, recorded) -> live.merge(segment, code, day, count, micros(sent)));
            } finally {
                live.lock.writeLock().unlock();
            }
        }
        return live;
    }

    /**
     * Returns a store that submits through another and, after each submission that returns,
     * merges the reports it stored into these figures: the next read shows them. A submission that
     * throws stored nothing and merges nothing; reports found unchanged merge without effect. Its
     * current figures and first arrivals ({@code forEachCurrent}, {@code forEachArrival} and the
     * loads built on them) are these figures, so checks before a submission read memory; the
     * revisions of a key and the past ({@code current}, {@code revisions},
     * {@code forEachCurrentKnownAt}) are read from the store.
     *
     * @param submitTo  the store to submit through, normally the one loaded from, not null
     * @return the tracking store, not null
     * @throws NullPointerException if the store is null
     */
    public ReportStore tracking(ReportStore submitTo) {
        return new TrackingReportStore(Checks.notNull(submitTo, "submitTo"), this);
    }

    /**
     * Merges reports just stored (by this process) into the figures.
     *
     * @param reports  the reports, not null, no element null
     * @return how many report keys changed (a figure or a first arrival)
     */
    public int merge(Collection<Report> reports) {
        Checks.notNull(reports, "reports");
        lock.writeLock().lock();
        try {
            int changed = 0;
            for (Report r : reports) {
                changed += merge(r.segment(), r.unitCode(), r.asOf().toEpochDay(), r.count(),
                        micros(r.reportedAt()));
            }
            return changed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** One revision as read, before it is merged. */
    private record Read(Segment segment, String code, long day, long count, long sent) {
    }

    /**
     * Reads the revisions recorded since an overlap before the previous read started, and merges
     * them.
     *
     * @return how many report keys changed (a figure or a first arrival), 0 if none
     */
    public int refresh() {
        synchronized (refreshing) {
            Instant after = previousRead.minus(overlap);
            return readAndMerge(after.isBefore(Instant.EPOCH) ? Instant.EPOCH : after);
        }
    }

    /**
     * Reads the revisions recorded after a moment, then merges them under the write lock (readers
     * never wait for the database), and remembers when the read started.
     */
    private int readAndMerge(Instant after) {
        synchronized (refreshing) {
            Instant start = clock.instant();
            List<Read> read = new ArrayList<>();
            store.forEachRevisionRecordedAfter(after, (segment, code, day, count, sent,
                    recorded) -> read.add(new Read(segment, code, day, count, micros(sent))));
            int changed = 0;
            lock.writeLock().lock();
            try {
                for (Read r : read) {
                    changed += merge(r.segment(), r.code(), r.day(), r.count(), r.sent());
                }
            } finally {
                lock.writeLock().unlock();
            }
            previousRead = start;
            return changed;
        }
    }

    /**
     * Reads every revision of the store again and merges it: catches what no refresh could (a
     * revision committed longer than the overlap after it was recorded), at the cost of a load.
     * Call it now and then (every few minutes).
     *
     * @return how many report keys changed, 0 if none
     */
    public int reread() {
        return readAndMerge(Instant.EPOCH);
    }

    /** Merges one revision under the write lock; returns 1 if its key changed. */
    private int merge(Segment segment, String code, long day, long count, long sent) {
        LiveRow row = bySegment.computeIfAbsent(segment, s -> new HashMap<>())
                .computeIfAbsent(code, c -> new LiveRow(day));
        if (row.merge(day, count, sent)) {
            generations.merge(segment, 1L, Long::sum);
            return 1;
        }
        return 0;
    }

    private static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    /**
     * Returns how far before the previous read's start each refresh reads again.
     *
     * @return the overlap, not null
     */
    public Duration overlap() {
        return overlap;
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
    public Optional<LocalDate> latestDay(Iterable<Segment> segments, LocalDate onOrBefore) {
        long limit = onOrBefore.toEpochDay();
        long best = NONE;
        lock.readLock().lock();
        try {
            for (Segment s : segments) {
                for (LiveRow row : bySegment.getOrDefault(s, Map.of()).values()) {
                    best = Math.max(best, row.latestOnOrBefore(limit));
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return best == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(best));
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

    /** Visits, under the read lock, every unit-day of a segment within the days that has one. */
    private void forEachDay(Segment segment, LocalDate from, LocalDate to, boolean arrivals,
                            LiveRow.DayVisitor visitor) {
        lock.readLock().lock();
        try {
            for (Map.Entry<String, LiveRow> e : bySegment.getOrDefault(segment, Map.of())
                    .entrySet()) {
                e.getValue().forEachDay(e.getKey(), from.toEpochDay(), to.toEpochDay(), arrivals,
                        visitor);
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
        lock.readLock().lock();
        try {
            Map<String, LiveRow> rows = bySegment.getOrDefault(segment, Map.of());
            for (int u = 0; u < version.size(); u++) {
                LiveRow row = rows.get(version.unitAt(u).code());
                if (row != null) {
                    int ordinal = u;
                    row.forEachDay(null, first.toEpochDay(), last.toEpochDay(), false,
                            (code, day, count) -> b.put(ordinal, day, count));
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return b.build();
    }
}
