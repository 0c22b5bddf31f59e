package io.github.uptake.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.github.uptake.rollup.DailyCounts;
import io.github.uptake.rollup.LatestCounts;
import io.github.uptake.testing.Scenarios;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ReportStore} must have. Subclass it in an adapter's tests and return a
 * fresh, empty store from {@link #newStore()}; every test here then runs against that store.
 */
public abstract class ReportStoreContract {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant T0 = Instant.parse("2020-08-15T08:00:00Z");

    /** The store under test, fresh for each test. */
    protected ReportStore store;

    /**
     * Returns a new, empty store.
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
        return new Report(code, Segment.RESIDENTS, day, count, at, "clerk-" + code, "form-1");
    }

    @Test
    void aNewKeyIsAddedAsRevisionOne() {
        SubmitResult r = store.submit(report("27685", DAY, 100, T0));
        assertEquals(SubmitOutcome.ADDED, r.outcome());
        assertEquals(1, r.revision());
        assertEquals(100, r.current().report().count());
        assertEquals(1, store.current(r.key()).orElseThrow().revision());
    }

    @Test
    void anIdenticalReportChangesNothingAndSaysUnchanged() {
        Report first = report("27685", DAY, 100, T0);
        store.submit(first);
        SubmitResult again = store.submit(report("27685", DAY, 100, T0));
        assertEquals(SubmitOutcome.UNCHANGED, again.outcome());
        assertEquals(1, again.revision());
        assertEquals(1, store.revisions(first.key()).size());
    }

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
        assertEquals(List.of(1, 2), all.stream().map(ReportRevision::revision).toList());
        assertEquals(first, all.get(0).report());
    }

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

    @Test
    void sameTimeRevisionsAreOrderedByCountThenReporterThenSource() {
        store.submit(new Report("27685", Segment.RESIDENTS, DAY, 5, T0, "b", "x"));
        store.submit(new Report("27685", Segment.RESIDENTS, DAY, 7, T0, "a", "x"));
        store.submit(new Report("27685", Segment.RESIDENTS, DAY, 7, T0, "a", null));
        ReportRevision current = store.current(new ReportKey("27685", Segment.RESIDENTS, DAY))
                .orElseThrow();
        assertEquals(7, current.report().count());
        assertEquals("x", current.report().sourceRef());
    }

    @Test
    void unknownKeysHaveNoRevisions() {
        ReportKey key = new ReportKey("00001", Segment.RESIDENTS, DAY);
        assertTrue(store.current(key).isEmpty());
        assertTrue(store.revisions(key).isEmpty());
    }

    @Test
    void submitAllReportsEachOutcomeInOrder() {
        store.submit(report("27685", DAY, 100, T0));
        List<SubmitResult> results = store.submitAll(List.of(
                report("27685", DAY, 100, T0),
                report("27685", DAY, 101, T0.plusSeconds(1)),
                report("27688", DAY, 50, T0)));
        assertEquals(List.of(SubmitOutcome.UNCHANGED, SubmitOutcome.REVISED, SubmitOutcome.ADDED),
                results.stream().map(SubmitResult::outcome).toList());
    }

    @Test
    void forEachCurrentStreamsOnlyCurrentFiguresOfTheSegmentWithinTheDays() {
        store.submit(report("27685", DAY.minusDays(2), 10, T0));
        store.submit(report("27685", DAY, 30, T0));
        store.submit(report("27685", DAY, 31, T0.plusSeconds(60)));
        store.submit(report("27688", DAY.minusDays(1), 20, T0));
        store.submit(report("27688", DAY.plusDays(1), 25, T0));
        store.submit(new Report("27685", Segment.STAFF, DAY, 999, T0, "clerk", null));
        Map<String, Long> seen = new HashMap<>();
        store.forEachCurrent(Segment.RESIDENTS, DAY.minusDays(1), DAY,
                (code, day, count) -> seen.put(code + "@" + LocalDate.ofEpochDay(day), count));
        assertEquals(Map.of("27685@2020-08-15", 31L, "27688@2020-08-14", 20L), seen);
    }

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
        assertTrue(receipt.duplicate().isEmpty());
        ReportRevision revised = store.current(new ReportKey("27685", Segment.RESIDENTS, DAY))
                .orElseThrow();
        assertEquals("sub-1", revised.submissionId());
        assertEquals(100L, revised.previousCount());
        Submission again = new Submission("sub-2", "bao-cao (1).xlsx", "other clerk",
                T0.plusSeconds(120), List.of(first.reports().get(2), first.reports().get(1),
                first.reports().get(0)), 0);
        SubmissionReceipt duplicate = store.submit(again);
        assertEquals("sub-1", duplicate.duplicateOf());
        assertEquals(0, duplicate.accepted());
        assertEquals(2, store.revisions(new ReportKey("27685", Segment.RESIDENTS, DAY)).size());
    }

    @Test
    void figuresKnownAtAPastMomentAreReproduced() throws InterruptedException {
        store.submit(report("27685", DAY, 100, T0));
        Instant between = store.current(new ReportKey("27685", Segment.RESIDENTS, DAY))
                .orElseThrow().recordedAt();
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

    @Test
    void aGeneratedHistoryReadsBackAsItsCurrentFigures() {
        SplittableRandom rnd = new SplittableRandom(20200815);
        HierarchyVersion v = Scenarios.tree(rnd, 80, LocalDate.of(2020, 1, 1));
        List<Report> reports = Scenarios.reports(rnd, v, DAY.minusDays(20), 21);
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
        store.forEachCurrent(Scenarios.SEGMENT, DAY.minusDays(20), DAY,
                (code, day, count) -> streamed.put(code + "@" + day, count));
        assertEquals(expected.size(), streamed.size());
    }
}
