package io.github.uptake.port;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.LatestCounts;
import java.time.LocalDate;

/**
 * The reading side of a {@link ReportStore} that the engine's loaders need: each key's current
 * figure and first arrival over a range of days. A {@link ReportStore} is one; so is a live model
 * held in memory ({@code io.github.uptake.live.LiveFigures}), which pages read instead of the
 * database.
 *
 * @since 0.2.0
 */
public interface ReportReader {

    /**
     * Streams the current figure of every key of a segment whose as-of day lies in a range.
     *
     * @param segment  the segment, not null
     * @param from  the first as-of day, inclusive, not null
     * @param to  the last as-of day, inclusive, not null
     * @param visitor  receives each figure, in no particular order, not null
     */
    void forEachCurrent(Segment segment, LocalDate from, LocalDate to, ReportVisitor visitor);

    /**
     * Streams, for every key of a segment whose as-of day lies in a range, the earliest
     * {@code reportedAt} among its revisions: when the figure first arrived.
     *
     * @param segment  the segment, not null
     * @param from  the first as-of day, inclusive, not null
     * @param to  the last as-of day, inclusive, not null
     * @param visitor  receives each key's first arrival, in no particular order, not null
     */
    void forEachArrival(Segment segment, LocalDate from, LocalDate to, ArrivalVisitor visitor);

    /**
     * Loads the current figures of a version's units for a window of days, for a series.
     *
     * @param version  the hierarchy version, not null
     * @param segment  the segment, not null
     * @param first  the first day, not null
     * @param last  the last day, not null
     * @return the daily figures, not null
     */
    default DailyCounts dailyCounts(HierarchyVersion version, Segment segment, LocalDate first,
                                    LocalDate last) {
        DailyCounts.Builder b = DailyCounts.builder(version, first, last);
        forEachCurrent(segment, first, last, (code, day, count) -> {
            int ord = version.ordinal(code);
            if (ord >= 0) {
                b.put(ord, day, count);
            }
        });
        return b.build();
    }

    /**
     * Loads each unit's latest current figure on or before a day, looking back a number of days,
     * for a snapshot.
     *
     * @param version  the hierarchy version, not null
     * @param segment  the segment, not null
     * @param asOf  the day, not null
     * @param lookbackDays  how many days before {@code asOf} to look (the carry-forward window)
     * @return the latest figures, not null
     */
    default LatestCounts latestCounts(HierarchyVersion version, Segment segment, LocalDate asOf,
                                      int lookbackDays) {
        LatestCounts.Builder b = LatestCounts.builder(version, asOf);
        forEachCurrent(segment, asOf.minusDays(lookbackDays), asOf,
                (code, day, count) -> b.offer(code, LocalDate.ofEpochDay(day), count));
        return b.build();
    }
}
