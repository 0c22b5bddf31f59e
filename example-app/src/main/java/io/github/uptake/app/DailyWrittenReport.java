package io.github.uptake.app;

import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.config.Wording;
import io.github.uptake.completeness.Completeness;
import io.github.uptake.completeness.ReportingSchedule;
import io.github.uptake.jdbc.JdbcStorage;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Segment;
import io.github.uptake.port.ReferenceStore;
import io.github.uptake.quality.Finding;
import io.github.uptake.quality.QualityChecks;
import io.github.uptake.quality.QualityContext;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.LatestCounts;
import io.github.uptake.rollup.RollUp;
import io.github.uptake.rollup.RollUpPolicy;
import io.github.uptake.rollup.Series;
import io.github.uptake.rollup.Snapshot;
import io.github.uptake.word.WrittenReport;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of the Department's written report of a day ({@link WrittenReport}), as {@code
 * uptake report --format docx} and the dashboard's Word download both write it: the day's
 * roll-up and the day before's, the series of the week to the day (for the pace and the projected
 * date), who reported for the day, and the day's data-quality findings. The header, recipients,
 * signer and wording come from the app's configuration. Immutable.
 *
 * @param snapshot  the day's roll-up, not null
 * @param previous  the day before's, empty on a version's first day
 * @param series  the counts of the week to the day, not null
 * @param completeness  who reported for the day (daily schedule), not null
 * @param findings  data-quality findings; those of the day are said, not null
 */
public record DailyWrittenReport(Snapshot snapshot, Optional<Snapshot> previous, Series series,
                                 Completeness completeness, List<Finding> findings) {
    /** How many days before the report's the pace is taken from (the progress's default). */
    static final int PACE_DAYS = 7;

    /** Checks the fields. */
    public DailyWrittenReport {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(completeness, "completeness");
        findings = List.copyOf(findings);
    }

    /**
     * Reads a unit's figures from the storage, as the dashboard's live model computes them.
     *
     * @param s  the storage, not null
     * @param unitCode  the unit, in a version valid on the day
     * @param day  the day, not null
     * @param segment  the segment, not null
     * @param policy  the roll-up policy, not null
     * @return the figures, not null
     * @throws io.github.uptake.problem.ProblemsException if no hierarchy has the unit on the day
     */
    public static DailyWrittenReport load(JdbcStorage s, String unitCode, LocalDate day,
                                          Segment segment, RollUpPolicy policy) {
        ReferenceStore ref = s.referenceStore();
        HierarchyVersion v = UptakeApp.versionOf(ref, unitCode, day);
        RollUp engine = RollUp.of(v, segment, ref.denominators(segment), ref.targetRules(),
                policy);
        LocalDate week = day.minusDays(PACE_DAYS);
        LocalDate from = week.isBefore(v.validFrom()) ? v.validFrom() : week;
        DailyCounts daily = s.reportStore().dailyCounts(v, segment,
                from.minusDays(policy.carryForwardDays()), day);
        ReportingSchedule schedule = ReportingSchedule.daily();
        return new DailyWrittenReport(engine.snapshot(LatestCounts.from(daily, day)),
                from.isBefore(day) ? Optional.of(engine.snapshot(LatestCounts.from(daily,
                        day.minusDays(1)))) : Optional.empty(), engine.series(daily, from, day),
                Completeness.compute(v, schedule, schedule.periodContaining(day),
                        s.reportStore(), segment),
                QualityChecks.defaults().run(QualityContext.of(engine, daily, from, day)));
    }

    /**
     * Writes the report of a unit.
     *
     * @param config  the configuration: header, recipients, signer, wording, not null
     * @param locale  the report's language, not null
     * @param unitCode  the unit, in the snapshot's version, not null
     * @param out  where the .docx goes, not closed, not null
     * @throws IOException if writing fails
     * @throws io.github.uptake.problem.ProblemsException if a wording file of the configuration
     *     is now missing or wrong
     */
    public void write(AppConfig config, Locale locale, String unitCode, OutputStream out)
            throws IOException {
        LocalDate day = snapshot.date();
        WrittenReport.Content content = WrittenReport.Content.of(
                        config.writtenReportHeader(day, locale), snapshot, unitCode)
                .withPrevious(previous.orElse(null))
                .withSeries(series)
                .withCompleteness(completeness)
                .withFindings(findings.stream().filter(f -> f.date().equals(day)).toList());
        WrittenReport.write(content, Wording.template(config.header(), locale), out);
    }
}
