package io.github.uptake.model;

import io.github.uptake.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure sent by a reporter: the cumulative number of people counted in a unit and segment as of
 * a day (tính đến ngày), with who sent it, when and from what source.
 *
 * <p>Several reports for the same {@link ReportKey} are revisions of one another: the one with the
 * latest {@code reportedAt} is current (ties are broken by count, then reporter, then source, so the
 * outcome never depends on the order reports arrive in). {@code reportedAt} is kept to the
 * microsecond, the precision databases store, so a report reads back equal from any store.
 * The source is one accessor returning an {@code Optional}, never null; {@link #of} takes it as a
 * nullable string. This class is immutable and thread-safe.
 *
 * @param unitCode  the unit reported on, not null
 * @param segment  whom the count counts, not null
 * @param asOf  the day the cumulative count is as of, not null
 * @param count  the cumulative count, 0 to 10^12
 * @param reportedAt  when the reporter sent it, not null
 * @param reporter  who sent it (a user, a unit, a channel), not blank
 * @param sourceRef  where it came from (a file and cell, a message id), empty if none (never
 *     blank)
 * @since 0.1.0
 */
public record Report(String unitCode, Segment segment, LocalDate asOf, long count,
                     Instant reportedAt, String reporter, Optional<String> sourceRef) {

    /**
     * The order that decides which revision is current: latest {@code reportedAt} last, then count,
     * reporter and source, so that it is total and independent of arrival order.
     */
    public static final Comparator<Report> REVISION_ORDER = Comparator
            .comparing(Report::reportedAt)
            .thenComparingLong(Report::count)
            .thenComparing(Report::reporter)
            .thenComparing(r -> r.sourceRef.orElse(""));

    /**
     * Creates a report, validating the fields; {@code reportedAt} is truncated to the microsecond
     * and a blank {@code sourceRef} becomes empty.
     *
     * @param unitCode  the unit reported on, not null
     * @param segment  whom the count counts, not null
     * @param asOf  the day the cumulative count is as of, not null
     * @param count  the cumulative count in people, 0 to 10^12
     * @param reportedAt  when the reporter sent it, not null
     * @param reporter  who sent it, not blank
     * @param sourceRef  where it came from, not null; empty (or blank) for none
     * @throws IllegalArgumentException if the unit code is not a valid code, the count is out of
     *     range or the reporter is null or blank
     * @throws NullPointerException if the segment, the day, {@code reportedAt} or
     *     {@code sourceRef} is null (no source is an empty optional)
     */
    public Report {
        Checks.unitCode(unitCode, "unitCode");
        Checks.notNull(segment, "segment");
        Checks.notNull(asOf, "asOf");
        Checks.count(count, "count");
        reportedAt = Checks.notNull(reportedAt, "reportedAt").truncatedTo(ChronoUnit.MICROS);
        Checks.text(reporter, "reporter");
        sourceRef = Checks.notNull(sourceRef, "sourceRef").filter(s -> !s.isBlank());
    }

    /**
     * Obtains a report, validating the fields; {@code reportedAt} is truncated to the microsecond.
     *
     * @param unitCode  the unit reported on, not null
     * @param segment  whom the count counts, not null
     * @param asOf  the day the cumulative count is as of, not null
     * @param count  the cumulative count in people, 0 to 10^12
     * @param reportedAt  when the reporter sent it, not null
     * @param reporter  who sent it, not blank
     * @param sourceRef  where it came from, null or blank for none
     * @return the report, not null
     * @throws IllegalArgumentException if the unit code is not a valid code, the count is out of
     *     range or the reporter is null or blank
     * @throws NullPointerException if the segment, the day or {@code reportedAt} is null
     */
    public static Report of(String unitCode, Segment segment, LocalDate asOf, long count,
                            Instant reportedAt, String reporter, String sourceRef) {
        return new Report(unitCode, segment, asOf, count, reportedAt, reporter,
                Optional.ofNullable(sourceRef));
    }

    /**
     * Returns the key this report is a revision for: its unit, segment and as-of day.
     *
     * @return the key, not null
     */
    public ReportKey key() {
        return new ReportKey(unitCode, segment, asOf);
    }

    /**
     * Returns true if this report says the same as another in every field.
     *
     * @param other  the other report, not null
     * @return true if identical
     * @throws NullPointerException if {@code other} is null
     */
    public boolean sameAs(Report other) {
        return equals(Objects.requireNonNull(other, "other"));
    }
}
