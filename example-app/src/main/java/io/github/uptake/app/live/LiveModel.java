package io.github.uptake.app.live;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.uptake.completeness.Completeness;
import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.history.History;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.live.LiveFigures;
import io.github.uptake.model.Hierarchy;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ReportReader;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.port.ReportStore;
import io.github.uptake.quality.QualityChecks;
import io.github.uptake.quality.QualityContext;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.LatestCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's live model: what its pages and API read instead of the database.
 *
 * <ul>
 *   <li><b>Reports</b>: every key's current figure and first arrival in memory
 *       ({@link LiveFigures}), loaded once at start; every submission the dashboard accepts goes
 *       through {@link #submissions()}, which merges it into the model once its transaction
 *       committed, in the same request, so the next page shows it; a poll every few seconds
 *       ({@link #refresh()}) reads only the revisions recorded since shortly before it last
 *       looked: what other app instances or {@code uptake import} stored on the same database
 *       appears within one poll.</li>
 *   <li><b>Reference data</b> (hierarchies, denominators, target rules, authoritative counts,
 *       crosswalks): read once, and read again every few minutes ({@link #reloadReference()}), so
 *       units or denominators loaded while the app runs appear without a restart; every report
 *       is read again then too.</li>
 *   <li><b>Each day's figures</b> ({@link DayFigures}): computed once per version, segment and
 *       day, and again only when a figure of that segment changed (each keeps the segment's
 *       {@linkplain LiveFigures#generation generation} it was computed at, and only the latest is
 *       kept); concurrent requests for the same day wait for one computation.</li>
 * </ul>
 *
 * <p>This class is thread-safe.
 */
public final class LiveModel implements AutoCloseable {
    /** How many days the chart covers, ending on the day shown. */
    public static final int CHART_DAYS = 26;
    /** How many days before the day the data-quality checks look at. */
    private static final int FINDINGS_DAYS = 7;
    private static final Logger LOG = LoggerFactory.getLogger(LiveModel.class);
    /** The most unit-days of computed figures kept. */
    private static final long MAX_UNIT_DAYS = 8_000_000;

    private final JdbcStorage storage;
    private final RollUpPolicy policy;
    private final LiveFigures figures;
    private final ReportStore submissions;
    private final ReferenceStore referenceStore;
    private final AtomicLong epochs = new AtomicLong();
    private volatile ReferenceData reference;
    /**
     * The days' figures, the latest computed of each version, segment and day, weighed by their
     * unit-days (the national tree's 26-day chart is about 330.000; room for about 25 of them).
     */
    private final Cache<DayKey, Computed> days = Caffeine.newBuilder()
            .maximumWeight(MAX_UNIT_DAYS)
            .weigher((DayKey k, Computed c) -> c.figures().version().size()
                    * c.figures().daily().days())
            .build();
    private ScheduledExecutorService poller;

    /** A day's figures' key: the version, segment and day, and the reference data's epoch. */
    private record DayKey(String version, String segment, LocalDate day, long epoch) {
    }

    /** A day's figures and the generation of the segment's reports they were computed at. */
    private record Computed(long generation, DayFigures figures) {
    }

    private LiveModel(JdbcStorage storage, RollUpPolicy policy, LiveFigures figures) {
        this.storage = storage;
        this.policy = policy;
        this.figures = figures;
        this.submissions = figures.tracking(storage.reportStore());
        this.referenceStore = new CachedReferenceStore(this, storage.referenceStore());
        this.reference = new ReferenceData(storage, policy, epochs.incrementAndGet());
    }

    /**
     * Loads the live model of a storage: every report (one read of the whole report table) and
     * the hierarchies.
     *
     * @param storage  the storage, not null
     * @param policy  the roll-up policy of the pages, not null
     * @return the model, not polling yet ({@link #startPolling})
     */
    public static LiveModel load(JdbcStorage storage, RollUpPolicy policy) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(policy, "policy");
        return new LiveModel(storage, policy, LiveFigures.load(storage.reportStore()));
    }

    /**
     * Starts polling the database in a background thread: the reports every
     * {@code reports}, the reference data every {@code reference}. A failed poll is logged and
     * tried again at the next.
     *
     * @param reports  the interval of the reports' poll, positive, not null
     * @param reference  the interval of the reference data's reload, positive, not null
     * @throws IllegalStateException if already polling
     */
    public synchronized void startPolling(Duration reports, Duration reference) {
        if (poller != null) {
            throw new IllegalStateException("already polling");
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "uptake-live-poll");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> safely("reports", this::refresh),
                reports.toMillis(), reports.toMillis(), TimeUnit.MILLISECONDS);
        poller.scheduleWithFixedDelay(() -> safely("reference data", this::reloadReference),
                reference.toMillis(), reference.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("live model: reading the {} again failed; tried again at the next poll",
                    what, e);
        }
    }

    /** Stops polling. */
    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    /**
     * Returns the store the dashboard submits through: the storage's report store, whose
     * accepted submissions are merged into the live model before the request goes on, so the next
     * page shows them; the checks before a submission read its current figures from memory.
     *
     * @return the store, not null
     */
    public ReportStore submissions() {
        return submissions;
    }

    /**
     * Returns the reference data as a store, for the checks before a submission: hierarchies,
     * denominators and target rules from memory; a save goes to the database and is read again.
     *
     * @return the store, not null
     */
    public ReferenceStore reference() {
        return referenceStore;
    }

    /** Returns the reference data as last read. */
    ReferenceData referenceData() {
        return reference;
    }

    /**
     * Reads the reports other processes recorded since the last look and merges them. The poll
     * calls it.
     *
     * @return how many report keys changed
     */
    public int refresh() {
        return figures.refresh();
    }

    /**
     * Reads the reference data again, and every report (for a revision that became visible later
     * than a poll could see); the days' figures are computed again on next use.
     */
    public void reloadReference() {
        reference = new ReferenceData(storage, policy, epochs.incrementAndGet());
        figures.reread();
    }

    /**
     * Returns the reports in memory, for loaders that take a {@link ReportReader}.
     *
     * @return the live figures, not null
     */
    public LiveFigures reports() {
        return figures;
    }

    /**
     * Returns the hierarchies as last read.
     *
     * @return the hierarchies, not null
     */
    public List<Hierarchy> hierarchies() {
        return reference.hierarchies();
    }

    /**
     * Returns the version, of any hierarchy, that holds a unit on a day.
     *
     * @param code  the unit's code, not null
     * @param day  the day, not null
     * @return the version, empty if none holds the unit that day
     */
    public Optional<HierarchyVersion> versionOf(String code, LocalDate day) {
        return reference.versionOf(code, day);
    }

    /**
     * Returns the version of a hierarchy on a day.
     *
     * @param hierarchy  the hierarchy's name, not null
     * @param day  the day, not null
     * @return the version, empty if the hierarchy has none that day
     */
    public Optional<HierarchyVersion> version(String hierarchy, LocalDate day) {
        return reference.version(hierarchy, day);
    }

    /**
     * Returns the engine of a version and segment (denominators and target rules resolved).
     *
     * @param v  the version, not null
     * @param segment  the segment, not null
     * @return the engine, not null
     */
    public RollUp engine(HierarchyVersion v, Segment segment) {
        return reference.engine(v, segment);
    }

    /**
     * Returns a hierarchy's versions and crosswalks, as last read.
     *
     * @param h  the hierarchy, not null
     * @return its history, not null
     */
    public History history(Hierarchy h) {
        return reference.history(h);
    }

    /**
     * Returns the first days of the later versions a version can be re-based onto.
     *
     * @param v  the version, not null
     * @return the days, in order, empty if none
     */
    public List<LocalDate> rebaseTargets(HierarchyVersion v) {
        return reference.rebaseTargets(v);
    }

    /**
     * Returns a day's figures, computed once per change of the segment's reports.
     *
     * @param v  the version valid on the day, not null
     * @param segment  the segment, not null
     * @param day  the day, not null
     * @return the figures, not null
     */
    public DayFigures day(HierarchyVersion v, Segment segment, LocalDate day) {
        ReferenceData ref = reference;
        long generation = figures.generation(segment);
        DayKey key = new DayKey(ReferenceData.key(v), segment.id(), day, ref.epoch());
        // one computation at a time per key; the others wait for it and share it. Only the latest
        // is kept: figures of an older generation are replaced, never piled up
        return days.asMap().compute(key, (k, old) -> old != null
                && old.generation() >= generation ? old : new Computed(generation,
                compute(ref, v, segment, day))).figures();
    }

    /**
     * Returns the first day the findings look at: a week before the day, not before the figures
     * read (the first days of a version have fewer).
     */
    private static LocalDate findingsFrom(LocalDate day, DailyCounts daily) {
        LocalDate week = day.minusDays(FINDINGS_DAYS - 1L);
        return week.isBefore(daily.firstDay()) ? daily.firstDay() : week;
    }

    private DayFigures compute(ReferenceData ref, HierarchyVersion v, Segment segment,
                               LocalDate day) {
        RollUp engine = ref.engine(v, segment);
        int window = engine.policy().carryForwardDays();
        // as it was: the chart stays within the version valid on the day
        LocalDate first = day.minusDays(CHART_DAYS - 1L);
        LocalDate from = first.isBefore(v.validFrom()) ? v.validFrom() : first;
        DailyCounts daily = figures.dailyCounts(v, segment, from.minusDays(window), day);
        ReportingSchedule schedule = ReportingSchedule.daily();
        Completeness completeness = Completeness.compute(v, schedule,
                schedule.periodContaining(day), (ReportReader) figures, segment);
        return new DayFigures(v, segment, day, engine, from, daily, engine.series(daily, from,
                day), engine.snapshot(LatestCounts.from(daily, day)),
                from.isBefore(day) ? Optional.of(engine.snapshot(LatestCounts.from(daily,
                        day.minusDays(1)))) : Optional.empty(), completeness,
                QualityChecks.defaults().run(QualityContext.of(engine, daily,
                        findingsFrom(day, daily), day)),
                ref.authoritative(segment, day));
    }
}
