package io.github.uptake.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Report;
import io.github.uptake.model.ReportKey;
import io.github.uptake.model.ReportRevision;
import io.github.uptake.model.Segment;
import io.github.uptake.model.Submission;
import io.github.uptake.model.SubmissionReceipt;
import io.github.uptake.model.SubmitOutcome;
import io.github.uptake.model.SubmitResult;
import io.github.uptake.model.Unit;
import io.github.uptake.model.UnitKind;
import io.github.uptake.port.ReportStore;
import io.github.uptake.problem.ProblemsException;
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.LatestCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link ReportStore} keeps, as JUnit 5 tests. The port's javadoc states each rule
 * once and names the test here that checks it; a store that breaks a rule fails that test.
 *
 * <p>Subclass it in the adapter's tests and return a fresh, empty store from {@link #newStore()};
 * every test then runs against a store of its own:
 * <pre>{@code
 * class MyReportStoreTest extends ReportStoreContract {
 *     @Override
 *     protected ReportStore newStore() {
 *         return new MyReportStore(freshDatabase());
 *     }
 * }
 * }</pre>
 * JUnit makes one instance per test, so an instance is used by one thread; only
 * {@code concurrentSubmissionsLoseNoRevisionAndNumberEachOnce} calls the store from several.
 *
 * @since 0.1.0
 */
public abstract class ReportStoreContract {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant T0 = Instant.parse("2020-08-15T08:00:00Z");
    /** The fewest rounds each writer sends in the test of thread-safety. */
    private static final int MIN_ROUNDS = 15;
    /** The most rounds each writer sends in the test of thread-safety. */
    private static final int MAX_ROUNDS = 1_000;

    /** The store under test, fresh for each test; set before each test, never null in a test. */
    protected ReportStore store;

    /** Creates the contract; subclasses have a no-argument constructor, as JUnit requires. */
    protected ReportStoreContract() {
    }

    /**
     * Returns a new, empty store, called once before each test.
     *
     * @return the store, not null
     */
    protected abstract ReportStore newStore();

    /** Makes a fresh store before each test. */
    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    private static Report report(String code, LocalDate day, long count, Instant at) {
        return Report.of(code, Segment.RESIDENTS, day, count, at, "clerk-" + code, "form-1");
    }

    private static ReportKey key(String code) {
        return new ReportKey(code, Segment.RESIDENTS, DAY);
    }

    private static List<SubmitOutcome> outcomes(List<SubmitResult> results) {
        return results.stream().map(SubmitResult::outcome).toList();
    }

    private static List<Integer> numbers(List<ReportRevision> revisions) {
        return revisions.stream().map(ReportRevision::revision).toList();
    }

    private static Submission submission(String id, Instant at, List<Report> reports) {
        return new Submission(id, "bao-cao-" + id + ".xlsx", "clerk", at, reports, 0);
    }

    /** Rule: a report for a new key is stored as revision 1, ADDED, with no submission. */
    @Test
    void aNewKeyIsAddedAsRevisionOne() {
        SubmitResult r = store.submit(report("27685", DAY, 100, T0));
        assertEquals(SubmitOutcome.ADDED, r.outcome());
        assertEquals(1, r.revision());
        assertEquals(100, r.current().report().count());
        ReportRevision stored = store.current(r.key()).orElseThrow();
        assertEquals(1, stored.revision());
        assertEquals(Optional.empty(), stored.submissionId(),
                "a report sent alone belongs to no submission");
        assertEquals(OptionalLong.empty(), stored.previousCount(),
                "nothing was current before revision 1");
    }

    /** Rule: a report identical to the stored one changes nothing and says UNCHANGED. */
    @Test
    void anIdenticalReportChangesNothingAndSaysUnchanged() {
        Report first = report("27685", DAY, 100, T0);
        store.submit(first);
        SubmitResult again = store.submit(report("27685", DAY, 100, T0));
        assertEquals(SubmitOutcome.UNCHANGED, again.outcome());
        assertEquals(1, again.revision());
        assertEquals(1, again.current().revision());
        assertEquals(1, store.revisions(first.key()).size());
    }

    /**
     * Rule: unchanged means identical to any stored revision of the key, not only to the current
     * one; alone, in a batch and in a submission.
     */
    @Test
    void aReportIdenticalToAnEarlierRevisionIsUnchangedThoughAnotherIsCurrent() {
        Report first = report("27685", DAY, 100, T0);
        Report corrected = report("27685", DAY, 90, T0.plusSeconds(3600));
        store.submit(first);
        store.submit(corrected);
        SubmitResult again = store.submit(report("27685", DAY, 100, T0));
        assertEquals(SubmitOutcome.UNCHANGED, again.outcome(),
                "identical to revision 1, though revision 2 is current");
        assertEquals(1, again.revision());
        assertEquals(corrected, again.current().report());
        List<SubmitResult> batch = store.submitAll(List.of(first, report("27688", DAY, 5, T0)));
        assertEquals(List.of(SubmitOutcome.UNCHANGED, SubmitOutcome.ADDED), outcomes(batch));
        SubmissionReceipt receipt = store.submit(submission("sub-1", T0.plusSeconds(7200),
                List.of(first)));
        assertEquals(1, receipt.unchanged());
        assertEquals(0, receipt.accepted());
        assertEquals(List.of(first, corrected),
                store.revisions(first.key()).stream().map(ReportRevision::report).toList());
    }

    /** Rule: a report repeated within one batch is stored once and is UNCHANGED the second time. */
    @Test
    void aReportRepeatedWithinABatchIsUnchangedTheSecondTime() {
        Report r = report("27685", DAY, 100, T0);
        List<SubmitResult> results = store.submitAll(List.of(r, r));
        assertEquals(List.of(SubmitOutcome.ADDED, SubmitOutcome.UNCHANGED), outcomes(results));
        assertEquals(List.of(1, 1), results.stream().map(SubmitResult::revision).toList());
        assertEquals(1, store.revisions(r.key()).size());
        Report s = report("27688", DAY, 7, T0);
        SubmissionReceipt receipt = store.submit(submission("sub-1", T0, List.of(s, s)));
        assertEquals(1, receipt.accepted());
        assertEquals(1, receipt.unchanged());
        assertEquals(1, store.revisions(s.key()).size());
    }

    /** Rule: any other report is the next revision, REVISED; no revision is overwritten. */
    @Test
    void aCorrectionAddsARevisionAndKeepsEveryEarlierOne() {
        Report first = report("27685", DAY, 100, T0);
        store.submit(first);
        SubmitResult corrected = store.submit(report("27685", DAY, 90, T0.plusSeconds(3600)));
        assertEquals(SubmitOutcome.REVISED, corrected.outcome());
        assertEquals(2, corrected.revision());
        assertEquals(90, store.current(first.key()).orElseThrow().report().count());
        List<ReportRevision> all = store.revisions(first.key());
        assertEquals(List.of(100L, 90L), all.stream().map(r -> r.report().count()).toList());
        assertEquals(List.of(1, 2), numbers(all));
        assertEquals(first, all.get(0).report());
    }

    /** Rule: revisions are listed in arrival order, never sorted by {@code REVISION_ORDER}. */
    @Test
    void revisionsAreListedInArrivalOrder() {
        Report late = report("27685", DAY, 120, T0.plusSeconds(7200));
        Report early = report("27685", DAY, 100, T0);
        Report middle = report("27685", DAY, 110, T0.plusSeconds(3600));
        store.submit(late);
        store.submit(early);
        store.submit(middle);
        List<ReportRevision> all = store.revisions(late.key());
        assertEquals(List.of(late, early, middle),
                all.stream().map(ReportRevision::report).toList(),
                "the order they arrived in, not the order they were sent in");
        assertEquals(List.of(1, 2, 3), numbers(all));
    }

    /** Rule: the current revision is the greatest by {@code REVISION_ORDER}, not the last. */
    @Test
    void theLatestSentRevisionIsCurrentWhateverTheArrivalOrder() {
        Report late = report("27685", DAY, 120, T0.plusSeconds(7200));
        Report early = report("27685", DAY, 100, T0);
        store.submit(late);
        SubmitResult r = store.submit(early);
        assertEquals(SubmitOutcome.REVISED, r.outcome());
        assertEquals(120, r.current().report().count(), "the later-sent figure stays current");
        assertEquals(120, store.current(late.key()).orElseThrow().report().count());
        assertEquals(2, store.revisions(late.key()).size());
    }

    /** Rule: revisions sent at the same moment are ordered by count, reporter, then source. */
    @Test
    void sameTimeRevisionsAreOrderedByCountThenReporterThenSource() {
        store.submit(Report.of("27685", Segment.RESIDENTS, DAY, 5, T0, "b", "x"));
        store.submit(Report.of("27685", Segment.RESIDENTS, DAY, 7, T0, "a", "x"));
        store.submit(Report.of("27685", Segment.RESIDENTS, DAY, 7, T0, "a", null));
        ReportRevision current = store.current(key("27685")).orElseThrow();
        assertEquals(7, current.report().count());
        assertEquals(Optional.of("x"), current.report().sourceRef());
    }

    /**
     * Rule: a revision's {@code previousCount} is the count of the revision that was current when
     * it was stored, not of the one that arrived last; alone, in a batch and in a submission.
     */
    @Test
    void previousCountIsTheFigureCurrentBeforeNotTheLastToArrive() {
        store.submit(report("27685", DAY, 120, T0.plusSeconds(7200)));
        store.submit(report("27685", DAY, 100, T0));
        store.submit(report("27685", DAY, 110, T0.plusSeconds(3600)));
        store.submit(report("27685", DAY, 130, T0.plusSeconds(9000)));
        store.submitAll(List.of(report("27685", DAY, 125, T0.plusSeconds(8000))));
        store.submit(submission("sub-1", T0.plusSeconds(9500),
                List.of(report("27685", DAY, 105, T0.plusSeconds(10)))));
        List<OptionalLong> previous = store.revisions(key("27685")).stream()
                .map(ReportRevision::previousCount).toList();
        assertEquals(List.of(OptionalLong.empty(), OptionalLong.of(120), OptionalLong.of(120),
                OptionalLong.of(120), OptionalLong.of(130), OptionalLong.of(130)), previous,
                "each is the figure current just before, 120 then 130, whatever arrived last");
    }

    /**
     * Rule: {@code recordedAt} is cut to whole microseconds, and a revision returned by a submit
     * equals the one read back.
     */
    @Test
    void recordedAtIsCutToTheMicrosecondAndReadsBackEqual() {
        List<SubmitResult> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(store.submit(report("27685", DAY, 100 + i, T0.plusSeconds(i))));
        }
        results.addAll(store.submitAll(List.of(report("27688", DAY, 5, T0),
                report("27691", DAY, 6, T0))));
        results.addAll(store.submit(submission("sub-1", T0, List.of(report("27694", DAY, 7, T0),
                report("27685", DAY, 99, T0.plusSeconds(30))))).results());
        for (SubmitResult r : results) {
            List<ReportRevision> stored = store.revisions(r.key());
            assertEquals(stored.get(r.current().revision() - 1), r.current(),
                    "the revision a submit returned reads back equal");
        }
        for (String code : List.of("27685", "27688", "27691", "27694")) {
            for (ReportRevision rev : store.revisions(key(code))) {
                assertEquals(0, rev.recordedAt().getNano() % 1_000,
                        "recordedAt " + rev.recordedAt() + " of " + code + " revision "
                                + rev.revision() + " is cut to the microsecond");
            }
        }
    }

    /** Rule: a batch with a refused report stores nothing of it, not even what came before. */
    @Test
    void aBatchWithARefusedReportStoresNothingOfIt() {
        store.submit(report("27685", DAY, 100, T0));
        Report tooLong = Report.of("27691", Segment.RESIDENTS, DAY, 7, T0,
                LongText.of(ReportStore.MAX_REPORTER_LENGTH + 1), null);
        assertThrows(ProblemsException.class, () -> store.submitAll(List.of(
                report("27685", DAY, 101, T0.plusSeconds(60)),
                report("27688", DAY, 50, T0),
                tooLong)));
        assertEquals(1, store.revisions(key("27685")).size(), "the revision before it is not kept");
        assertTrue(store.revisions(key("27688")).isEmpty(), "nor the new key before it");
        assertTrue(store.revisions(key("27691")).isEmpty());
        Map<String, Long> seen = new HashMap<>();
        store.forEachCurrent(Segment.RESIDENTS, DAY, DAY,
                (code, day, count) -> seen.put(code, count));
        assertEquals(Map.of("27685", 100L), seen);
    }

    /** Rule: a batch with a null stores nothing of it. */
    @Test
    void aBatchWithANullStoresNothingOfIt() {
        assertThrows(NullPointerException.class, () -> store.submitAll(Arrays.asList(
                report("27685", DAY, 100, T0), report("27688", DAY, 50, T0), null)));
        assertTrue(store.revisions(key("27685")).isEmpty());
        assertTrue(store.revisions(key("27688")).isEmpty());
    }

    /**
     * Rule: a submission with a refused report stores nothing of it, and its id is not used up: the
     * corrected file can be sent under the same id.
     */
    @Test
    void aSubmissionWithARefusedReportStoresNothingOfIt() {
        store.submit(report("27685", DAY, 100, T0));
        Submission refused = submission("sub-1", T0.plusSeconds(60), List.of(
                report("27685", DAY, 101, T0.plusSeconds(60)),
                report("27688", DAY, 50, T0),
                Report.of("27691", Segment.RESIDENTS, DAY, 7, T0, "clerk",
                        LongText.of(ReportStore.MAX_SOURCE_REF_LENGTH + 1))));
        assertThrows(ProblemsException.class, () -> store.submit(refused));
        assertEquals(1, store.revisions(key("27685")).size());
        assertTrue(store.revisions(key("27688")).isEmpty());
        assertTrue(store.revisions(key("27691")).isEmpty());
        SubmissionReceipt corrected = store.submit(submission("sub-1", T0.plusSeconds(120), List.of(
                report("27685", DAY, 101, T0.plusSeconds(60)),
                report("27688", DAY, 50, T0),
                report("27691", DAY, 7, T0))));
        assertTrue(corrected.duplicateOf().isEmpty());
        assertEquals(3, corrected.accepted());
    }

    /** Rule: submitAll tells what happened to each report, in the order given. */
    @Test
    void submitAllReportsEachOutcomeInOrder() {
        store.submit(report("27685", DAY, 100, T0));
        List<SubmitResult> results = store.submitAll(List.of(
                report("27685", DAY, 100, T0),
                report("27685", DAY, 101, T0.plusSeconds(1)),
                report("27688", DAY, 50, T0)));
        assertEquals(List.of(SubmitOutcome.UNCHANGED, SubmitOutcome.REVISED, SubmitOutcome.ADDED),
                outcomes(results));
        assertEquals(List.of(), store.submitAll(List.of()));
    }

    /** Rule: the same content twice is stored once; revisions name their submission. */
    @Test
    void aSubmissionIsStoredWholeAndTheSameContentAgainStoresNothing() {
        store.submit(report("27685", DAY, 100, T0));
        Submission first = new Submission("sub-1", "bao-cao.xlsx", "clerk", T0.plusSeconds(60),
                List.of(report("27685", DAY, 100, T0), report("27688", DAY, 50, T0),
                        report("27685", DAY, 101, T0.plusSeconds(30))), 2);
        SubmissionReceipt receipt = store.submit(first);
        assertEquals(2, receipt.accepted());
        assertEquals(1, receipt.unchanged());
        assertEquals(2, receipt.rejected());
        assertTrue(receipt.duplicateOf().isEmpty());
        ReportRevision revised = store.current(key("27685")).orElseThrow();
        assertEquals(Optional.of("sub-1"), revised.submissionId());
        assertEquals(OptionalLong.of(100), revised.previousCount());
        assertEquals(Optional.of("sub-1"),
                store.current(key("27688")).orElseThrow().submissionId());
        Submission again = new Submission("sub-2", "bao-cao (1).xlsx", "other clerk",
                T0.plusSeconds(120), List.of(first.reports().get(2), first.reports().get(1),
                first.reports().get(0)), 0);
        SubmissionReceipt duplicate = store.submit(again);
        assertEquals(Optional.of("sub-1"), duplicate.duplicateOf());
        assertEquals(0, duplicate.accepted());
        assertEquals(2, store.revisions(key("27685")).size());
    }

    /** Rule: a submission id names one content; reused for another it is refused. */
    @Test
    void aSubmissionIdReusedForOtherContentIsRefusedAndStoresNothing() {
        store.submit(submission("sub-1", T0, List.of(report("27685", DAY, 100, T0))));
        Submission other = submission("sub-1", T0.plusSeconds(60), List.of(
                report("27688", DAY, 50, T0), report("27685", DAY, 101, T0.plusSeconds(60))));
        assertThrows(IllegalArgumentException.class, () -> store.submit(other));
        assertTrue(store.revisions(key("27688")).isEmpty());
        assertEquals(1, store.revisions(key("27685")).size());
        SubmissionReceipt same = store.submit(submission("sub-1", T0.plusSeconds(120),
                List.of(report("27685", DAY, 100, T0))));
        assertEquals(Optional.of("sub-1"), same.duplicateOf(),
                "the same content again is a duplicate");
    }

    /** Rule: texts up to their limits are kept whole, alone, in a batch and in a submission. */
    @Test
    void textsUpToTheirLimitsAreKeptWhole() {
        String reporter = LongText.of(ReportStore.MAX_REPORTER_LENGTH);
        String source = LongText.of(ReportStore.MAX_SOURCE_REF_LENGTH);
        Report alone = Report.of("27685", Segment.RESIDENTS, DAY, 1, T0, reporter, source);
        Report batched = Report.of("27688", Segment.RESIDENTS, DAY, 2, T0, reporter, source);
        Report submitted = Report.of("27691", Segment.RESIDENTS, DAY, 3, T0, reporter, source);
        store.submit(alone);
        store.submitAll(List.of(batched));
        store.submit(submission("sub-1", T0, List.of(submitted)));
        for (Report r : List.of(alone, batched, submitted)) {
            assertEquals(r, store.current(r.key()).orElseThrow().report());
        }
    }

    /**
     * Rule: a text past its limit is refused before anything is stored, as one problem per text
     * coded and located at its field.
     */
    @Test
    void textsPastTheirLimitsAreRefusedAsProblemsNamingTheField() {
        Report longReporter = Report.of("27685", Segment.RESIDENTS, DAY, 1, T0,
                LongText.of(ReportStore.MAX_REPORTER_LENGTH + 1), null);
        Report longSource = Report.of("27688", Segment.RESIDENTS, DAY, 1, T0, "clerk",
                LongText.of(ReportStore.MAX_SOURCE_REF_LENGTH + 1));
        Report fine = report("27691", DAY, 1, T0);
        ProblemsException e = assertThrows(ProblemsException.class,
                () -> store.submit(longReporter));
        assertEquals(Set.of("report.reporter-length@reporter"), Refusals.codesAtFields(e));
        e = assertThrows(ProblemsException.class, () -> store.submit(longSource));
        assertEquals(Set.of("report.source-length@sourceRef"), Refusals.codesAtFields(e));
        e = assertThrows(ProblemsException.class,
                () -> store.submitAll(List.of(fine, longSource, longReporter)));
        assertEquals(Set.of("report.reporter-length@reports[2].reporter",
                "report.source-length@reports[1].sourceRef"), Refusals.codesAtFields(e));
        e = assertThrows(ProblemsException.class,
                () -> store.submit(submission("sub-1", T0, List.of(longReporter, fine))));
        assertEquals(Set.of("report.reporter-length@reports[0].reporter"),
                Refusals.codesAtFields(e));
        for (String code : List.of("27685", "27688", "27691")) {
            assertTrue(store.revisions(key(code)).isEmpty(), code + " stored nothing");
        }
    }

    /**
     * Rule: a submission's source and submitter up to their limits are kept; past them the
     * submission is refused, before anything is stored, as problems naming the field, never cut.
     */
    @Test
    void aSubmissionsTextsPastTheirLimitsRefuseItAndStoreNothing() {
        Report fine = report("27691", DAY, 1, T0);
        Submission atLimits = new Submission("sub-ok", LongText.of(
                ReportStore.MAX_SUBMISSION_SOURCE_LENGTH), LongText.of(
                ReportStore.MAX_SUBMITTED_BY_LENGTH), T0, List.of(fine), 0);
        assertEquals(1, store.submit(atLimits).accepted());
        Report other = report("27694", DAY, 1, T0);
        Submission tooLong = new Submission("sub-long", LongText.of(
                ReportStore.MAX_SUBMISSION_SOURCE_LENGTH + 1), LongText.of(
                ReportStore.MAX_SUBMITTED_BY_LENGTH + 1), T0, List.of(other), 0);
        ProblemsException e = assertThrows(ProblemsException.class, () -> store.submit(tooLong));
        assertEquals(Set.of("submission.source-length@source",
                "submission.submitted-by-length@submittedBy"), Refusals.codesAtFields(e));
        assertTrue(store.revisions(key("27694")).isEmpty(), "nothing of it stored");
        Submission fixed = new Submission("sub-long", "bao-cao.xlsx", "clerk", T0,
                List.of(other), 0);
        assertEquals(1, store.submit(fixed).accepted(), "its id was not used up");
    }

    /** What one writer thread sent, and what the store answered. */
    private record Sent(List<Report> reports, List<SubmitResult> results) {
    }

    /**
     * Rule: safe for several threads. Writers racing on the same keys, alone, in batches and in
     * submissions, lose no revision, give each number once, in the order the revisions list them,
     * keep each previous figure right and store an identical re-send once. Each writer sends at
     * least {@value #MIN_ROUNDS} rounds, and more, up to {@value #MAX_ROUNDS}, while the first
     * half second lasts, so that a fast store meets many races.
     */
    @Test
    void concurrentSubmissionsLoseNoRevisionAndNumberEachOnce() {
        int threads = 8;
        Report resent = report("27685", DAY, 999_999_999, T0);
        long until = System.nanoTime() + 500_000_000L;
        List<Sent> byThread = Concurrently.run(threads, t -> () -> {
            List<Report> reports = new ArrayList<>();
            List<SubmitResult> results = new ArrayList<>();
            for (int i = 0; i < MAX_ROUNDS && (i < MIN_ROUNDS || System.nanoTime() < until); i++) {
                Instant sent = T0.plusSeconds(t * 100_000L + i);
                Report a = report("27685", DAY, t * 100_000L + i, sent);
                Report b = report("27688", DAY, t * 100_000L + i, sent);
                reports.add(a);
                reports.add(b);
                if (i % 3 == 0) {
                    results.addAll(store.submit(new Submission("t" + t + "-" + i, "api",
                            "thread " + t, sent, List.of(a, b), 0)).results());
                } else {
                    results.add(store.submit(a));
                    results.addAll(store.submitAll(List.of(b)));
                }
                results.add(store.submit(resent));
            }
            return new Sent(reports, results);
        });
        Map<ReportKey, Set<Report>> sent = new HashMap<>();
        Map<ReportKey, List<Integer>> numbered = new HashMap<>();
        sent.computeIfAbsent(resent.key(), k -> new HashSet<>()).add(resent);
        for (Sent s : byThread) {
            for (Report r : s.reports()) {
                sent.computeIfAbsent(r.key(), k -> new HashSet<>()).add(r);
            }
            for (SubmitResult r : s.results()) {
                if (r.outcome() != SubmitOutcome.UNCHANGED) {
                    numbered.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.revision());
                }
            }
        }
        for (Map.Entry<ReportKey, Set<Report>> e : sent.entrySet()) {
            ReportKey k = e.getKey();
            List<ReportRevision> revs = store.revisions(k);
            int n = e.getValue().size();
            assertEquals(n, revs.size(), k.unitCode() + ": every distinct report is one revision");
            assertEquals(e.getValue(), new HashSet<>(revs.stream().map(ReportRevision::report)
                    .toList()), k.unitCode() + ": none lost, none twice");
            assertEquals(IntStream.rangeClosed(1, n).boxed().toList(), numbers(revs),
                    k.unitCode() + ": numbered 1 to n in the order listed");
            assertEquals(IntStream.rangeClosed(1, n).boxed().toList(),
                    numbered.get(k).stream().sorted().toList(),
                    k.unitCode() + ": each number given to one submit");
            Report best = null;
            for (ReportRevision rev : revs) {
                assertEquals(best == null ? OptionalLong.empty() : OptionalLong.of(best.count()),
                        rev.previousCount(),
                        k.unitCode() + " revision " + rev.revision()
                                + ": the figure current before");
                if (best == null || Report.REVISION_ORDER.compare(rev.report(), best) > 0) {
                    best = rev.report();
                }
            }
            assertEquals(best, store.current(k).orElseThrow().report(), k.unitCode() + ": current");
        }
    }

    /** Rule: keys never seen have no revisions. */
    @Test
    void unknownKeysHaveNoRevisions() {
        ReportKey key = new ReportKey("00001", Segment.RESIDENTS, DAY);
        assertTrue(store.current(key).isEmpty());
        assertTrue(store.revisions(key).isEmpty());
    }

    /** Rule: {@code forEachCurrent} streams each current figure of a segment within the days. */
    @Test
    void forEachCurrentStreamsOnlyCurrentFiguresOfTheSegmentWithinTheDays() {
        store.submit(report("27685", DAY.minusDays(2), 10, T0));
        store.submit(report("27685", DAY, 30, T0));
        store.submit(report("27685", DAY, 31, T0.plusSeconds(60)));
        store.submit(report("27685", DAY, 29, T0.minusSeconds(60)));
        store.submit(report("27688", DAY.minusDays(1), 20, T0));
        store.submit(report("27688", DAY.plusDays(1), 25, T0));
        store.submit(Report.of("27685", Segment.STAFF, DAY, 999, T0, "clerk", null));
        Map<String, Long> seen = new HashMap<>();
        store.forEachCurrent(Segment.RESIDENTS, DAY.minusDays(1), DAY,
                (code, day, count) -> seen.put(code + "@" + LocalDate.ofEpochDay(day), count));
        assertEquals(Map.of("27685@2020-08-15", 31L, "27688@2020-08-14", 20L), seen);
    }

    /** Rule: {@code forEachCurrentKnownAt} reproduces what the store knew at a past moment. */
    @Test
    void figuresKnownAtAPastMomentAreReproduced() throws InterruptedException {
        store.submit(report("27685", DAY, 100, T0));
        Instant between = store.current(key("27685")).orElseThrow().recordedAt();
        Thread.sleep(5);
        store.submit(report("27685", DAY, 120, T0.plusSeconds(60)));
        store.submit(report("27688", DAY, 7, T0));
        Map<String, Long> then = new HashMap<>();
        store.forEachCurrentKnownAt(Segment.RESIDENTS, DAY, DAY, between,
                (code, day, count) -> then.put(code, count));
        assertEquals(Map.of("27685", 100L), then);
        Map<String, Long> now = new HashMap<>();
        store.forEachCurrentKnownAt(Segment.RESIDENTS, DAY, DAY, Instant.now().plusSeconds(60),
                (code, day, count) -> now.put(code, count));
        assertEquals(Map.of("27685", 120L, "27688", 7L), now);
    }

    /** Rule: {@code forEachArrival} gives each key's earliest {@code reportedAt}. */
    @Test
    void aCorrectedReportKeepsItsFirstArrivalTime() {
        store.submit(report("27685", DAY, 100, T0.plusSeconds(7200)));
        store.submit(report("27685", DAY, 90, T0.plusSeconds(86_400)));
        store.submit(report("27685", DAY, 95, T0));
        store.submit(report("27688", DAY.plusDays(3), 1, T0));
        Map<String, Instant> seen = new HashMap<>();
        store.forEachArrival(Segment.RESIDENTS, DAY, DAY,
                (code, day, first) -> seen.put(code + "@" + LocalDate.ofEpochDay(day), first));
        assertEquals(Map.of("27685@2020-08-15", T0), seen);
    }

    /**
     * Rule: {@link ReportStore#forEachRevisionRecordedAfter} streams once every revision recorded
     * after the moment (every revision from {@link Instant#EPOCH}), with its count, sending and
     * recording times.
     */
    @Test
    void revisionsRecordedAfterAMomentAreStreamedOnce() {
        store.submit(report("27685", DAY, 100, T0.plusSeconds(7200)));
        store.submit(report("27688", DAY.plusDays(1), 7, T0));
        store.submit(Report.of("27688", Segment.STAFF, DAY, 3, T0, "Phường 2", null));
        // a correction sent earlier than the figure it follows
        store.submit(report("27685", DAY, 90, T0));
        List<String> all = new ArrayList<>();
        try {
            store.forEachRevisionRecordedAfter(Instant.EPOCH, (segment, code, day, count, sent,
                    recorded) -> all.add(segment.id() + "/" + code + "@"
                    + LocalDate.ofEpochDay(day) + " " + count + " " + sent + " " + recorded));
        } catch (UnsupportedOperationException e) {
            // an optional capability: said, not failed
            Assumptions.abort("the store does not stream what it recorded when (optional): " + e);
            return;
        }
        List<String> expected = new ArrayList<>();
        for (ReportKey k : List.of(key("27685"),
                new ReportKey("27688", Segment.RESIDENTS, DAY.plusDays(1)),
                new ReportKey("27688", Segment.STAFF, DAY))) {
            for (ReportRevision r : store.revisions(k)) {
                expected.add(k.segment().id() + "/" + k.unitCode() + "@" + k.asOf() + " "
                        + r.report().count() + " " + r.report().reportedAt() + " "
                        + r.recordedAt());
            }
        }
        Collections.sort(all);
        Collections.sort(expected);
        assertEquals(4, expected.size());
        assertEquals(expected, all, "every revision once");

        // after the moment just before the correction was recorded: the correction, and only
        // revisions recorded after that moment (the clock may not move between submissions)
        Instant before = store.revisions(key("27685")).get(1).recordedAt()
                .minus(1, ChronoUnit.MICROS);
        List<String> after = new ArrayList<>();
        store.forEachRevisionRecordedAfter(before, (segment, code, day, count, sent, recorded) -> {
            assertTrue(recorded.isAfter(before), recorded + " is after " + before);
            after.add(code + " " + count);
        });
        assertTrue(after.contains("27685 90"), after.toString());
        List<String> none = new ArrayList<>();
        store.forEachRevisionRecordedAfter(Instant.parse("2999-01-01T00:00:00Z"),
                (segment, code, day, count, sent, recorded) -> none.add(code));
        assertEquals(List.of(), none, "nothing recorded after a moment to come");
    }

    /** Rule: the default loads for a series and a snapshot see the current figures. */
    @Test
    void loadsTheLatestAndDailyFiguresForAVersion() {
        HierarchyVersion v = HierarchyVersion.builder("territorial", LocalDate.of(2020, 1, 1))
                .root(Unit.of("794", UnitKind.DISTRICT, "Thành phố Tân An"))
                .add(Unit.of("27685", UnitKind.COMMUNE, "Phường 5"), "794")
                .add(Unit.of("27688", UnitKind.COMMUNE, "Phường 2"), "794").build();
        store.submit(report("27685", DAY.minusDays(2), 10, T0));
        store.submit(report("27685", DAY.minusDays(1), 12, T0));
        store.submit(report("27688", DAY.minusDays(5), 7, T0));
        store.submit(report("99999", DAY, 5, T0));
        LatestCounts latest = store.latestCounts(v, Segment.RESIDENTS, DAY, 3);
        assertEquals(12, latest.countAt(v.ordinal("27685")));
        assertEquals(DAY.minusDays(1).toEpochDay(), latest.epochDayAt(v.ordinal("27685")));
        assertEquals(DailyCounts.NO_REPORT, latest.countAt(v.ordinal("27688")), "outside lookback");
        DailyCounts daily = store.dailyCounts(v, Segment.RESIDENTS, DAY.minusDays(5), DAY);
        assertEquals(7, daily.valueAt(v.ordinal("27688"), 0));
        assertEquals(10, daily.valueAt(v.ordinal("27685"), 3));
        assertEquals(DailyCounts.NO_REPORT, daily.valueAt(v.ordinal("27685"), 5));
    }

    /** Rule: over a generated history, every key's current figure is its greatest revision. */
    @Test
    void aGeneratedHistoryReadsBackAsItsCurrentFigures() {
        SplittableRandom rnd = new SplittableRandom(20200815);
        HierarchyVersion v = GeneratedCampaign.tree(rnd, 80, LocalDate.of(2020, 1, 1));
        List<Report> reports = GeneratedCampaign.reports(rnd, v, DAY.minusDays(20), 21);
        Map<ReportKey, Report> expected = new HashMap<>();
        for (Report r : reports) {
            store.submit(r);
            expected.merge(r.key(), r, (a, b) -> Report.REVISION_ORDER.compare(a, b) >= 0 ? a : b);
        }
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<ReportKey, Report> e : expected.entrySet()) {
            Report current = store.current(e.getKey()).orElseThrow().report();
            if (!current.equals(e.getValue())) {
                mismatches.add(e.getKey() + ": " + current + " != " + e.getValue());
            }
        }
        assertEquals(List.of(), mismatches);
        Map<String, Long> streamed = new HashMap<>();
        store.forEachCurrent(GeneratedCampaign.SEGMENT, DAY.minusDays(20), DAY,
                (code, day, count) -> streamed.put(code + "@" + day, count));
        assertEquals(expected.size(), streamed.size());
        for (Map.Entry<ReportKey, Report> e : expected.entrySet()) {
            assertEquals(e.getValue().count(), streamed.get(e.getKey().unitCode() + "@"
                    + e.getKey().asOf().toEpochDay()), e.getKey().toString());
        }
    }
}
