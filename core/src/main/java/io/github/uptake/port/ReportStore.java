package io.github.uptake.port;

import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where reports and all their revisions are kept.
 *
 * <p>The rules every implementation keeps. Each is checked by the test named after it in
 * {@code io.github.uptake.testkit.ReportStoreContract} (artifact {@code uptake-testkit}), and a
 * store that breaks it fails that test:
 * <ol>
 *   <li><b>A new key is revision 1.</b> A report for a key with no revision is stored as revision
 *       1 and says {@link io.github.uptake.model.SubmitOutcome#ADDED ADDED}; one sent alone has no
 *       submission ({@code aNewKeyIsAddedAsRevisionOne}).
 *   <li><b>Unchanged means identical to any stored revision.</b> A report equal in every field to
 *       <em>any</em> stored revision of its key, the current one or an earlier one, stores nothing
 *       and says {@code UNCHANGED} with that revision's number; so does a report repeated within
 *       one batch ({@code anIdenticalReportChangesNothingAndSaysUnchanged},
 *       {@code aReportIdenticalToAnEarlierRevisionIsUnchangedThoughAnotherIsCurrent},
 *       {@code aReportRepeatedWithinABatchIsUnchangedTheSecondTime}).
 *   <li><b>Anything else is the next revision.</b> Any other report for a known key is stored as
 *       revision n + 1 of its n and says {@code REVISED}; no revision is ever overwritten or
 *       removed ({@code aCorrectionAddsARevisionAndKeepsEveryEarlierOne}).
 *   <li><b>Revisions are listed in arrival order.</b> {@link #revisions} lists revision 1 first
 *       and n last, whatever their {@code reportedAt} ({@code revisionsAreListedInArrivalOrder}).
 *   <li><b>The current revision is the greatest by {@link Report#REVISION_ORDER}</b>, not the last
 *       to arrive; {@link #current}, {@link SubmitResult#current()}, {@link #forEachCurrent} and
 *       the default methods agree on it
 *       ({@code theLatestSentRevisionIsCurrentWhateverTheArrivalOrder},
 *       {@code sameTimeRevisionsAreOrderedByCountThenReporterThenSource},
 *       {@code aGeneratedHistoryReadsBackAsItsCurrentFigures},
 *       {@code forEachCurrentStreamsOnlyCurrentFiguresOfTheSegmentWithinTheDays},
 *       {@code loadsTheLatestAndDailyFiguresForAVersion}).
 *   <li><b>{@code previousCount} is the figure that was current before.</b> Revision n records the
 *       count of the revision that was current when it was stored (the greatest of revisions 1 to
 *       n - 1 by {@code REVISION_ORDER}), not the count of revision n - 1; empty for revision 1
 *       ({@code previousCountIsTheFigureCurrentBeforeNotTheLastToArrive}).
 *   <li><b>{@code recordedAt} is cut to the microsecond.</b> Every revision records when the store
 *       stored it, truncated to whole microseconds (the precision databases keep), so a revision
 *       returned by a submit equals the one read back later
 *       ({@code recordedAtIsCutToTheMicrosecondAndReadsBackEqual}).
 *   <li><b>A batch is all or none.</b> {@link #submitAll(List)} and {@link #submit(Submission)}
 *       store all of their reports or none: if one report is refused (a null, a text past its
 *       limit) or storing fails part way, nothing of the batch remains and the exception is thrown
 *       ({@code aBatchWithARefusedReportStoresNothingOfIt},
 *       {@code aBatchWithANullStoresNothingOfIt},
 *       {@code aSubmissionWithARefusedReportStoresNothingOfIt},
 *       {@code submitAllReportsEachOutcomeInOrder}).
 *   <li><b>The same content twice is stored once.</b> A submission whose
 *       {@linkplain Submission#contentHash() content hash} is that of a stored submission stores
 *       nothing, and its receipt names the earlier submission; the revisions a submission stores
 *       name it ({@code aSubmissionIsStoredWholeAndTheSameContentAgainStoresNothing}).
 *   <li><b>A submission id names one content.</b> A submission whose id was already used for other
 *       content is refused with an {@link IllegalArgumentException} and stores nothing
 *       ({@code aSubmissionIdReusedForOtherContentIsRefusedAndStoresNothing}).
 *   <li><b>Texts have limits.</b> A {@link Report#reporter()} up to {@value #MAX_REPORTER_LENGTH}
 *       characters and a {@link Report#sourceRef()} up to {@value #MAX_SOURCE_REF_LENGTH} (as
 *       {@link String#length()} counts them) are kept whole. A longer one is refused, before
 *       anything is stored, with a {@link io.github.uptake.problem.ProblemsException} holding one
 *       problem per text, coded {@code report.reporter-length} or {@code report.source-length} and
 *       located at the field: {@code reporter} or {@code sourceRef} for {@link #submit(Report)},
 *       {@code reports[i].reporter} or {@code reports[i].sourceRef} for a batch
 *       ({@code textsUpToTheirLimitsAreKeptWhole},
 *       {@code textsPastTheirLimitsAreRefusedAsProblemsNamingTheField}). A submission's
 *       {@link Submission#source()} up to {@value #MAX_SUBMISSION_SOURCE_LENGTH} characters and
 *       {@link Submission#submittedBy()} up to {@value #MAX_SUBMITTED_BY_LENGTH} are kept whole;
 *       a longer one refuses the submission the same way, coded {@code submission.source-length}
 *       at {@code source} or {@code submission.submitted-by-length} at {@code submittedBy}, never
 *       cut ({@code aSubmissionsTextsPastTheirLimitsRefuseItAndStoreNothing}).
 *   <li><b>The past can be read again.</b> {@link #forEachCurrentKnownAt} gives, for each key, the
 *       greatest revision by {@code REVISION_ORDER} among those recorded at or before the moment
 *       ({@code figuresKnownAtAPastMomentAreReproduced}).
 *   <li><b>A corrected report keeps its first arrival.</b> {@link #forEachArrival} gives each
 *       key's earliest {@code reportedAt} ({@code aCorrectedReportKeepsItsFirstArrivalTime}).
 *   <li><b>What was recorded can be read back.</b> {@link #forEachRevisionRecordedAfter} streams
 *       every revision recorded after the moment, once, with its count, sending and recording
 *       times (optional: a store that does not implement it throws
 *       {@link UnsupportedOperationException}, and cannot feed a live model)
 *       ({@code revisionsRecordedAfterAMomentAreStreamedOnce}).
 *   <li><b>Keys never seen have nothing</b> ({@code unknownKeysHaveNoRevisions}).
 *   <li><b>Safe for several threads.</b> Concurrent submissions, of the same key or not, lose no
 *       revision, give each number once and keep every rule above as if they came one at a time
 *       ({@code concurrentSubmissionsLoseNoRevisionAndNumberEachOnce}).
 * </ol>
 *
 * @since 0.1.0
 */
public interface ReportStore extends ReportReader {

    /**
     * The longest {@link Report#reporter()} a store keeps, in characters as
     * {@link String#length()} counts them: {@value}.
     */
    int MAX_REPORTER_LENGTH = 200;

    /**
     * The longest {@link Report#sourceRef()} a store keeps, in characters as
     * {@link String#length()} counts them: {@value}.
     */
    int MAX_SOURCE_REF_LENGTH = 400;

    /**
     * The longest {@link Submission#source()} a store keeps, in characters as
     * {@link String#length()} counts them: {@value}.
     */
    int MAX_SUBMISSION_SOURCE_LENGTH = 400;

    /**
     * The longest {@link Submission#submittedBy()} a store keeps, in characters as
     * {@link String#length()} counts them: {@value}.
     */
    int MAX_SUBMITTED_BY_LENGTH = 200;

    /**
     * Stores a report as a new revision of its key, unless identical to a revision already stored.
     *
     * @param report  the report, not null
     * @return what happened, not null
     * @throws NullPointerException if the report is null
     * @throws io.github.uptake.problem.ProblemsException if its reporter or source is past its
     *     limit ({@code reporter}, {@code sourceRef}); nothing is stored then
     */
    SubmitResult submit(Report report);

    /**
     * Stores reports as one unit of work: all of them or none (if a report is refused or storing
     * fails part way, nothing of the batch remains). A report identical to one earlier in the list
     * is unchanged.
     *
     * @param reports  the reports, not null, no element null
     * @return what happened to each, in the same order, not null
     * @throws NullPointerException if the list or an element is null; nothing is stored then
     * @throws io.github.uptake.problem.ProblemsException if a reporter or source is past its limit
     *     ({@code reports[i].reporter}, {@code reports[i].sourceRef}); nothing is stored then
     */
    List<SubmitResult> submitAll(List<Report> reports);

    /**
     * Stores a submission as one unit of work: all of its reports or none, each revision naming
     * the submission. If a submission with the same content hash was stored before, nothing is
     * stored and the receipt names the earlier one.
     *
     * @param submission  the submission, not null
     * @return what happened, not null
     * @throws NullPointerException if the submission is null
     * @throws IllegalArgumentException if its id was already used for other content; nothing is
     *     stored then
     * @throws io.github.uptake.problem.ProblemsException if a reporter or source is past its limit
     *     ({@code reports[i].reporter}, {@code reports[i].sourceRef}); nothing is stored then
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
     * Returns every revision of a key, in the order they arrived (revision 1 first), never sorted
     * by {@link Report#REVISION_ORDER}.
     *
     * @param key  the key, not null
     * @return the revisions, empty if none, not null
     */
    List<ReportRevision> revisions(ReportKey key);

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
     * Streams every revision recorded after a moment, of every segment, in no particular order:
     * what a live model in memory reads to catch up with what was stored since it last looked, by
     * this process or another on the same database. From {@link Instant#EPOCH} it streams every
     * revision.
     *
     * <p>Recording times come from the clock of whichever process stored the revision, and a
     * transaction may become visible after one recorded later, so a caller that polls reads again
     * from some time before its previous read (see {@code io.github.uptake.live.LiveFigures}).
     *
     * <p>Optional: the default implementation throws {@link UnsupportedOperationException}; the
     * stores of this library implement it.
     *
     * @param after  the moment, exclusive, not null
     * @param visitor  receives each revision, not null
     * @throws UnsupportedOperationException if the store cannot say what it recorded when
     * @since 0.2.0
     */
    default void forEachRevisionRecordedAfter(Instant after, RevisionVisitor visitor) {
        throw new UnsupportedOperationException(getClass().getName()
                + " cannot stream the revisions recorded after a moment");
    }
}
