package io.github.uptake.app.live;

import io.github.uptake.completeness.Completeness;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.quality.Finding;
import io.github.uptake.reconciliation.AuthoritativeCount;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.Series;
import io.github.uptake.rollup.Snapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version's, segment's and day's figures as every page of that day reads them, computed once
 * from the live model and shared until a figure of the segment changes: the daily table of the
 * chart's days (plus the carry-forward window before them), the series over those days, the
 * snapshot of the day and of the day before (for the change), who reported for the day, the week's
 * data-quality findings and the authoritative counts of the day. Immutable and thread-safe.
 *
 * @param version  the hierarchy version, not null
 * @param segment  the segment, not null
 * @param day  the day, not null
 * @param engine  the engine of the version and segment, not null
 * @param from  the chart's first day (the day less {@link LiveModel#CHART_DAYS} - 1 days, not
 *     before the version), not null
 * @param daily  the figures from {@code from} less the carry-forward window to the day, not null
 * @param series  every unit's counts from {@code from} to the day, not null
 * @param snapshot  every unit on the day, not null
 * @param before  every unit on the day before, empty when the chart starts on the day
 * @param completeness  who reported for the day (daily schedule), not null
 * @param findings  the data-quality findings of the week to the day, not null
 * @param authoritative  the authoritative counts of the segment on the day, not null
 */
public record DayFigures(HierarchyVersion version, Segment segment, LocalDate day, RollUp engine,
                         LocalDate from, DailyCounts daily, Series series, Snapshot snapshot,
                         Optional<Snapshot> before, Completeness completeness,
                         List<Finding> findings, List<AuthoritativeCount> authoritative) {
}
