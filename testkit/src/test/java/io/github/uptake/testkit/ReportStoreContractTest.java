package io.github.uptake.testkit;

import static io.github.uptake.testkit.ContractRun.assertCaught;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.port.ReportStore;
import io.github.uptake.testkit.FaultyReportStore.Fault;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The report store contract catches every broken store: each store here breaks exactly one rule of
 * {@link ReportStore}, the contract's tests are run against it through the JUnit Platform launcher,
 * and at least one of them must fail: the one named, which checks that rule. A store that breaks no
 * rule passes them all, so the failures come from the fault alone.
 */
final class ReportStoreContractTest {
    private static final String RUN_BY_CONTRACT_RUN =
            "a store broken on purpose: its tests run only through ContractRun";

    private static long contractTests() {
        return Arrays.stream(ReportStoreContract.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).count();
    }

    @Test
    void aStoreThatBreaksNoRulePassesEveryTest() {
        ContractRun run = ContractRun.of(Faultless.class);
        assertEquals(List.of(), run.failed(), String.join("\n", run.firstFailures()));
        assertEquals(contractTests(), run.testsFound());
        assertEquals(contractTests(), run.testsSucceeded());
    }

    @Test
    void aStoreThatStoresABatchPiecemealIsCaught() {
        assertCaught(PiecemealBatches.class, "aBatchWithARefusedReportStoresNothingOfIt",
                "aBatchWithANullStoresNothingOfIt",
                "aSubmissionWithARefusedReportStoresNothingOfIt");
    }

    @Test
    void aStoreThatComparesWithTheCurrentRevisionOnlyIsCaught() {
        assertCaught(UnchangedAgainstCurrentOnly.class,
                "aReportIdenticalToAnEarlierRevisionIsUnchangedThoughAnotherIsCurrent");
    }

    @Test
    void aStoreThatKeepsNanosecondsInRecordedAtIsCaught() {
        assertCaught(RecordedAtNotCut.class, "recordedAtIsCutToTheMicrosecondAndReadsBackEqual");
    }

    @Test
    void aStoreThatTakesThePreviousCountFromTheLastArrivalIsCaught() {
        assertCaught(PreviousCountFromLastArrival.class,
                "previousCountIsTheFigureCurrentBeforeNotTheLastToArrive");
    }

    @Test
    void aStoreWithoutLocksIsCaught() {
        assertCaught(NoLock.class, "concurrentSubmissionsLoseNoRevisionAndNumberEachOnce");
    }

    @Test
    void aStoreThatSortsTheRevisionsIsCaught() {
        assertCaught(RevisionsSorted.class, "revisionsAreListedInArrivalOrder");
    }

    @Test
    void aStoreThatAcceptsASubmissionIdReusedForOtherContentIsCaught() {
        assertCaught(SubmissionIdReused.class,
                "aSubmissionIdReusedForOtherContentIsRefusedAndStoresNothing");
    }

    @Test
    void aStoreThatAcceptsTextsPastTheirLimitsIsCaught() {
        assertCaught(LimitsIgnored.class, "textsPastTheirLimitsAreRefusedAsProblemsNamingTheField");
    }

    /** A store that breaks no rule. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class Faultless extends ReportStoreContract {
        @Override
        protected ReportStore newStore() {
            return new FaultyReportStore(Fault.NONE);
        }
    }

    /** A store whose batches are stored report by report. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class PiecemealBatches extends ReportStoreContract {
        @Override
        protected ReportStore newStore() {
            return new FaultyReportStore(Fault.PIECEMEAL_BATCHES);
        }
    }

    /** A store that checks "unchanged" against the current revision only. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class UnchangedAgainstCurrentOnly extends ReportStoreContract {
        @Override
        protected ReportStore newStore() {
            return new FaultyReportStore(Fault.UNCHANGED_AGAINST_CURRENT_ONLY);
        }
    }

    /** A store that keeps recording times to the nanosecond. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class RecordedAtNotCut extends ReportStoreContract {
        @Override
        protected ReportStore newStore() {
            return new FaultyReportStore(Fault.RECORDED_AT_NOT_CUT);
        }
    }

    /** A store that takes the previous count from the last revision to arrive. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class PreviousCountFromLastArrival extends ReportStoreContract {
        @Override
        protected ReportStore newStore() {
            return new FaultyReportStore(Fault.PREVIOUS_COUNT_FROM_LAST_ARRIVAL);
        }
    }

    /** A store with no locking at all. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class NoLock extends ReportStoreContract {
        @Override
        protected ReportStore newStore() {
            return new FaultyReportStore(Fault.NO_LOCK);
        }
    }

    /** A store that lists revisions sorted, not in arrival order. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class RevisionsSorted extends ReportStoreContract {
        @Override
        protected ReportStore newStore() {
            return new FaultyReportStore(Fault.REVISIONS_SORTED);
        }
    }

    /** A store that accepts a submission id again for other content. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class SubmissionIdReused extends ReportStoreContract {
        @Override
        protected ReportStore newStore() {
            return new FaultyReportStore(Fault.SUBMISSION_ID_REUSED);
        }
    }

    /** A store that accepts reporters and sources past their limits. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class LimitsIgnored extends ReportStoreContract {
        @Override
        protected ReportStore newStore() {
            return new FaultyReportStore(Fault.LIMITS_IGNORED);
        }
    }
}
