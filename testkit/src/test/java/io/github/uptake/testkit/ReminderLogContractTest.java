package io.github.uptake.testkit;

import static io.github.uptake.testkit.ContractRun.assertCaught;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.uptake.remind.ReminderLog;
import io.github.uptake.testkit.FaultyReminderLog.Fault;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The reminder log contract catches every broken log: each log here breaks exactly one rule of
 * {@link ReminderLog}, the contract's tests are run against it through the JUnit Platform
 * launcher, and the tests named, which check that rule, must fail. A log that breaks no rule
 * passes them all, so the failures come from the fault alone.
 */
final class ReminderLogContractTest {
    private static final String RUN_BY_CONTRACT_RUN =
            "a log broken on purpose: its tests run only through ContractRun";

    private static long contractTests() {
        return Arrays.stream(ReminderLogContract.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).count();
    }

    @Test
    void aLogThatBreaksNoRulePassesEveryTest() {
        ContractRun run = ContractRun.of(Faultless.class);
        assertEquals(List.of(), run.failed(), String.join("\n", run.firstFailures()));
        assertEquals(contractTests(), run.testsFound());
        assertEquals(contractTests(), run.testsSucceeded());
    }

    @Test
    void aLogThatChecksThenRecordsWithoutALockIsCaught() {
        assertCaught(CheckThenAct.class, "concurrentClaimsOfOneKeyLetExactlyOneThrough",
                "concurrentClaimsOfAFailedKeyLetExactlyOneThrough");
    }

    @Test
    void aLogThatLetsAnUnsettledClaimBeClaimedAgainIsCaught() {
        assertCaught(ClaimsUnsettled.class, "aKeyNeverClaimedIsClaimedOnce",
                "aClaimNeverSettledStaysClaimedAndIsNotClaimedAgain");
    }

    @Test
    void aLogThatLetsASentKeyBeClaimedAgainIsCaught() {
        assertCaught(ClaimsSent.class, "aSentKeyIsNeverClaimedAgain");
    }

    @Test
    void aLogThatDoesNotCountFailedAttemptsIsCaught() {
        assertCaught(FailuresUncounted.class, "aFailedKeyIsClaimedAgainUntilItHasHadMaxAttempts");
    }

    @Test
    void aLogThatSettlesKeysNotClaimedIsCaught() {
        assertCaught(SettlesAny.class, "settlingAKeyNotClaimedIsRefusedAndChangesNothing");
    }

    @Test
    void aLogThatKeepsTheReasonAfterANewClaimIsCaught() {
        assertCaught(ReasonKept.class, "theRecordSaysWhatHappened");
    }

    @Test
    void aLogThatKeepsLongReasonsWholeIsCaught() {
        assertCaught(ReasonNotCut.class, "aLongReasonIsCutToTheLimit");
    }

    @Test
    void aLogThatKeepsNanosecondsIsCaught() {
        assertCaught(TimesNotCut.class, "timesAreCutToTheMicrosecond");
    }

    @Test
    void aLogThatAcceptsRecipientsPastTheLimitIsCaught() {
        assertCaught(RecipientsUnlimited.class,
                "recipientsPastTheLimitAreRefusedAndNothingIsRecorded");
    }

    @Test
    void aLogThatSortsKindsByNameIsCaught() {
        assertCaught(EntriesByKindName.class, "entriesOfADayAreThatDaysByUnitCodeThenKind");
    }

    @Test
    void aLogThatForgetsOnRestartIsCaught() {
        assertCaught(ForgetsOnReopen.class, "aNewLogOverTheSameStorageKeepsEveryRecord");
    }

    /** The contract on a faulty log, with a restart over the same records. */
    abstract static class OnFaultyLog extends ReminderLogContract {
        abstract Fault fault();

        @Override
        protected ReminderLog newLog() {
            return new FaultyReminderLog(fault());
        }

        @Override
        protected ReminderLog reopen(ReminderLog current) {
            return ((FaultyReminderLog) current).reopen();
        }
    }

    /** A log that breaks no rule. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class Faultless extends OnFaultyLog {
        @Override
        Fault fault() {
            return Fault.NONE;
        }
    }

    /** A log whose claims check, then record, without the lock in between. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class CheckThenAct extends OnFaultyLog {
        @Override
        Fault fault() {
            return Fault.CHECK_THEN_ACT;
        }
    }

    /** A log that lets a claimed, unsettled key be claimed again. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class ClaimsUnsettled extends OnFaultyLog {
        @Override
        Fault fault() {
            return Fault.CLAIMS_UNSETTLED;
        }
    }

    /** A log that lets a sent key be claimed again. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class ClaimsSent extends OnFaultyLog {
        @Override
        Fault fault() {
            return Fault.CLAIMS_SENT;
        }
    }

    /** A log that does not count the attempts after the first. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class FailuresUncounted extends OnFaultyLog {
        @Override
        Fault fault() {
            return Fault.FAILURES_UNCOUNTED;
        }
    }

    /** A log that settles keys that are not claimed. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class SettlesAny extends OnFaultyLog {
        @Override
        Fault fault() {
            return Fault.SETTLES_ANY;
        }
    }

    /** A log whose new claim keeps the last reason. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class ReasonKept extends OnFaultyLog {
        @Override
        Fault fault() {
            return Fault.REASON_KEPT_AFTER_CLAIM;
        }
    }

    /** A log that keeps long reasons whole. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class ReasonNotCut extends OnFaultyLog {
        @Override
        Fault fault() {
            return Fault.REASON_NOT_CUT;
        }
    }

    /** A log that keeps times to the nanosecond. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class TimesNotCut extends OnFaultyLog {
        @Override
        Fault fault() {
            return Fault.TIMES_NOT_CUT;
        }
    }

    /** A log that accepts any length of recipients. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class RecipientsUnlimited extends OnFaultyLog {
        @Override
        Fault fault() {
            return Fault.RECIPIENTS_UNLIMITED;
        }
    }

    /** A log that lists kinds by name. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class EntriesByKindName extends OnFaultyLog {
        @Override
        Fault fault() {
            return Fault.ENTRIES_BY_KIND_NAME;
        }
    }

    /** A log whose records go with the object. */
    @Disabled(RUN_BY_CONTRACT_RUN)
    static final class ForgetsOnReopen extends OnFaultyLog {
        @Override
        Fault fault() {
            return Fault.FORGETS_ON_REOPEN;
        }
    }
}
