package io.github.uptake.quality;

import io.github.uptake.internal.Checks;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.LatestCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.Series;
import io.github.uptake.rollup.Snapshot;
import java.time.LocalDate;
import java.util.List;

/**
 * What the quality checks look at: an engine (version, segment, denominators, rules, policy), the
 * daily figures, the range of days to judge ({@code from} to {@code to}; earlier days of the figures
 * serve as history), and published rates to recompute.
 *
 * <p>The series over the range and the snapshot of its last day are computed once, when first asked
 * for, and shared by every check. This class is thread-safe.
 */
public final class QualityContext {
    private final RollUp engine;
    private final DailyCounts daily;
    private final LocalDate from;
    private final LocalDate to;
    private final List<PublishedRate> published;
    private Series series;
    private Snapshot snapshot;

    private QualityContext(RollUp engine, DailyCounts daily, LocalDate from, LocalDate to,
                           List<PublishedRate> published) {
        this.engine = Checks.notNull(engine, "engine");
        this.daily = Checks.notNull(daily, "daily");
        this.from = Checks.notNull(from, "from");
        this.to = Checks.notNull(to, "to");
        this.published = List.copyOf(published);
        if (daily.dayIndex(from) < 0 || daily.dayIndex(to) >= daily.days() || to.isBefore(from)) {
            throw new IllegalArgumentException("days " + from + " to " + to
                    + " are not within the figures' window " + daily.firstDay() + " to "
                    + daily.lastDay());
        }
    }

    /**
     * Makes a context.
     *
     * @param engine  the engine, not null
     * @param daily  the daily figures of the engine's version, not null
     * @param from  the first day to judge, within the figures' window
     * @param to  the last day to judge, within the figures' window
     * @return the context, not null
     */
    public static QualityContext of(RollUp engine, DailyCounts daily, LocalDate from,
                                    LocalDate to) {
        return new QualityContext(engine, daily, from, to, List.of());
    }

    /**
     * Returns a copy with published rates to recompute.
     *
     * @param rates  the published rates, not null
     * @return the context, not null
     */
    public QualityContext withPublishedRates(List<PublishedRate> rates) {
        return new QualityContext(engine, daily, from, to, rates);
    }

    /** Returns the engine. */
    public RollUp engine() {
        return engine;
    }

    /** Returns the daily figures. */
    public DailyCounts daily() {
        return daily;
    }

    /** Returns the first day judged. */
    public LocalDate from() {
        return from;
    }

    /** Returns the last day judged. */
    public LocalDate to() {
        return to;
    }

    /** Returns the published rates. */
    public List<PublishedRate> publishedRates() {
        return published;
    }

    /** Returns the series over the judged days, computed once. */
    public synchronized Series series() {
        if (series == null) {
            series = engine.series(daily, from, to);
        }
        return series;
    }

    /** Returns the snapshot of the last judged day, computed once. */
    public synchronized Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = engine.snapshot(LatestCounts.from(daily, to));
        }
        return snapshot;
    }
}
