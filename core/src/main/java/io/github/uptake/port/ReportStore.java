package io.github.uptake.port;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.LatestCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where reports and all their revisions are kept.
 *
 * <p>The contract, checked by {@code ReportStoreContract} in the test-jar:
 * <ul>
 *   <li>a report for a new key is stored as revision 1 ({@link io.github.uptake.model.SubmitOutcome#ADDED});
 *   <li>a report identical in every field to a stored revision of its key changes nothing
 *       ({@code UNCHANGED});
 *   <li>any other report for a known key is stored as the next revision ({@code REVISED}); no
 *       revision is ever overwritten or removed;
 *   <li>the current revision of a key is the greatest by {@link Report#REVISION_ORDER}, so it does
 *       not depend on the order reports arrived in;
 *   <li>{@link #submitAll(List)} and {@link #submit(Submission)} store all of their reports or
 *       none; a submission whose content was stored before stores nothing;
 *   <li>every revision records when it was recorded, the submission it came in and the figure that
 *       was current before it, so {@link #forEachCurrentKnownAt} reproduces any past state.
 * </ul>
 * Implementations must be safe for use by several threads.
 */
public interface ReportStore {

    /**
     * Stores a report as a new revision of its key, unless identical to one already stored.
     *
     * @param report  the report, not null
     * @return what happened, not null
     */
    SubmitResult submit(Report report);

    /**
     * Stores reports as one unit of work: all of them or none (if storing fails part way, nothing
     * of the batch remains).
     *
     * @param reports  the reports, not null
     * @return what happened to each, in the same order, not null
     */
    List<SubmitResult> submitAll(List<Report> reports);

    /**
     * Stores a submission as one unit of work: all of its reports or none. If a submission with the
     * same content hash was stored before, nothing is stored and the receipt names the earlier one.
     *
     * @param submission  the submission, not null
     * @return what happened, not null
     */
    SubmissionReceipt submit(Submission submission);

    /**
     * Returns the current revision of a key.
     *
     * @param key  the key, not null
     * @return the current revision, empty if no report has that key
     */
    Optional<ReportRevision> current(ReportKey key);

    /**
     * Returns every revision of a key, in the order they arrived (revision 1 first).
     *
     * @param key  the key, not null
     * @return the revisions, empty if none
     */
    List<ReportRevision> revisions(ReportKey key);

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
     * Streams the figures that were current at a past moment: for each key of a segment whose
     * as-of day lies in a range, the greatest revision by {@link Report#REVISION_ORDER} among those
     * recorded at or before {@code knownAt}. Reproduces what the store knew then.
     *
     * @param segment  the segment, not null
     * @param from  the first as-of day, inclusive, not null
     * @param to  the last as-of day, inclusive, not null
     * @param knownAt  the moment, not null
     * @param visitor  receives each figure, in no particular order, not null
     */
    void forEachCurrentKnownAt(Segment segment, LocalDate from, LocalDate to, Instant knownAt,
                               ReportVisitor visitor);

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
