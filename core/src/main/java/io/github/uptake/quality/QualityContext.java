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
 *
 * @since 0.1.0
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
     * Makes a context that judges the days {@code from} to {@code to} of the daily figures.
     *
     * @param engine  the engine, not null
     * @param daily  the daily figures of the engine's version, not null
     * @param from  the first day to judge, within the figures' window, not null
     * @param to  the last day to judge, within the figures' window, not before {@code from}, not
     *     null
     * @return the context, with no published rates, not null
     * @throws IllegalArgumentException if the days are not within the figures' window
     * @throws NullPointerException if an argument is null
     */
    public static QualityContext of(RollUp engine, DailyCounts daily, LocalDate from,
                                    LocalDate to) {
        return new QualityContext(engine, daily, from, to, List.of());
    }

    /**
     * Returns a copy with published rates to recompute.
     *
     * @param rates  the published rates, not null, no null element
     * @return a context equal to this one but for the published rates, not null
     * @throws NullPointerException if the list is null or holds a null
     */
    public QualityContext withPublishedRates(List<PublishedRate> rates) {
        return new QualityContext(engine, daily, from, to, rates);
    }

    /**
     * Returns the engine: the version, segment, denominators, rules and policy the checks use.
     *
     * @return the engine, not null
     */
    public RollUp engine() {
        return engine;
    }

    /**
     * Returns the daily figures, including the days before {@link #from()} that serve as history.
     *
     * @return the daily figures, not null
     */
    public DailyCounts daily() {
        return daily;
    }

    /**
     * Returns the first day judged.
     *
     * @return the first day, not null
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the last day judged, the day of {@link #snapshot()}.
     *
     * @return the last day, not null
     */
    public LocalDate to() {
        return to;
    }

    /**
     * Returns the published rates to recompute.
     *
     * @return the rates, unmodifiable, empty if none
     */
    public List<PublishedRate> publishedRates() {
        return published;
    }

    /**
     * Returns the series over the judged days, computed once.
     *
     * @return the series from {@link #from()} to {@link #to()}, not null
     * @throws IllegalArgumentException if the daily figures are for another version than the
     *     engine's
     */
    public synchronized Series series() {
        if (series == null) {
            series = engine.series(daily, from, to);
        }
        return series;
    }

    /**
     * Returns the snapshot of the last judged day, computed once.
     *
     * @return the snapshot as of {@link #to()}, not null
     * @throws IllegalArgumentException if the daily figures are for another version than the
     *     engine's
     */
    public synchronized Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = engine.snapshot(LatestCounts.from(daily, to));
        }
        return snapshot;
    }
}
