package io.github.uptake.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.remind.Reminder;
import io.github.uptake.remind.ReminderKey;
import io.github.uptake.remind.ReminderKind;
import io.github.uptake.remind.ReminderLog;
import io.github.uptake.remind.ReminderLog.Entry;
import io.github.uptake.remind.ReminderLog.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link ReminderLog} keeps, as JUnit 5 tests. The port's javadoc states each rule
 * once and names the test here that checks it; a log that breaks a rule fails that test.
 *
 * <p>Subclass it in the adapter's tests and return a fresh, empty log from {@link #newLog()}; a
 * log that keeps its records in storage also returns, from {@link #reopen(ReminderLog)}, a new
 * object over the same storage, as after a restart:
 * <pre>{@code
 * class MyReminderLogTest extends ReminderLogContract {
 *     private DataSource db;
 *
 *     @Override
 *     protected ReminderLog newLog() {
 *         db = freshDatabase();
 *         return new MyReminderLog(db);
 *     }
 *
 *     @Override
 *     protected ReminderLog reopen(ReminderLog log) {
 *         return new MyReminderLog(db);
 *     }
 * }
 * }</pre>
 * JUnit makes one instance per test, so an instance is used by one thread; only the tests of
 * concurrent claims call the log from several.
 *
 * @since 0.2.0
 */
public abstract class ReminderLogContract {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant T0 = Instant.parse("2020-08-15T08:00:00Z");
    /** Threads claiming one key at once in the tests of concurrency. */
    private static final int THREADS = 8;
    /** Keys claimed by all threads at once, one after another, in the tests of concurrency. */
    private static final int ROUNDS = 10;

    /** The log under test, fresh for each test; set before each test, never null in a test. */
    protected ReminderLog log;

    /** Creates the contract; subclasses have a no-argument constructor, as JUnit requires. */
    protected ReminderLogContract() {
    }

    /**
     * Returns a new, empty log, called once before each test.
     *
     * @return the log, not null
     */
    protected abstract ReminderLog newLog();

    /**
     * Returns a new log object over the same storage as the one given, as after a restart. The
     * default returns the log given, for a log that keeps its records in memory only; a log that
     * keeps them in storage overrides it.
     *
     * @param current  the log made by {@link #newLog()} in this test, not null
     * @return a log over the same records, not null
     */
    protected ReminderLog reopen(ReminderLog current) {
        return current;
    }

    /** Makes a fresh log before each test. */
    @BeforeEach
    void freshLog() {
        log = newLog();
    }

    private static ReminderKey key(String code, ReminderKind kind) {
        return new ReminderKey(code, DAY, kind);
    }

    private static ReminderKey key(String code) {
        return key(code, ReminderKind.BEFORE_CUT_OFF);
    }

    private static Reminder reminder(ReminderKey key, String... recipients) {
        return new Reminder(key, List.of(recipients), "Nhắc gửi số liệu ngày 15/8/2020",
                "Kính gửi " + key.unitCode(), List.of());
    }

    private static Reminder reminder(ReminderKey key) {
        return reminder(key, key.unitCode() + "@example.vn");
    }

    private Entry entry(ReminderKey key) {
        return log.entry(key).orElseThrow(() -> new AssertionError("no record of " + key));
    }

    /** Rule 1: a key never claimed is claimed once; then it is claimed, not claimable. */
    @Test
    void aKeyNeverClaimedIsClaimedOnce() {
        ReminderKey k = key("27685");
        assertEquals(Optional.empty(), log.entry(k));
        assertTrue(log.claim(reminder(k), T0, 3), "a key never claimed");
        assertFalse(log.claim(reminder(k), T0.plusSeconds(1), 3), "claimed and not settled");
        Entry e = entry(k);
        assertEquals(Status.CLAIMED, e.status());
        assertEquals(1, e.attempts(), "the second claim, refused, counts nothing");
        assertTrue(log.claim(reminder(key("27688")), T0, 3), "another key is another reminder");
        assertTrue(log.claim(reminder(key("27685", ReminderKind.LATE_LIST)), T0, 3),
                "another kind is another reminder");
        assertTrue(log.claim(reminder(new ReminderKey("27685", DAY.plusDays(1),
                ReminderKind.BEFORE_CUT_OFF)), T0, 3), "another day is another reminder");
    }

    /** Rule 1: a sent key is never claimed again, however many attempts are allowed. */
    @Test
    void aSentKeyIsNeverClaimedAgain() {
        ReminderKey k = key("27685");
        assertTrue(log.claim(reminder(k), T0, 3));
        log.sent(k, T0.plusSeconds(2));
        assertFalse(log.claim(reminder(k), T0.plusSeconds(60), 3));
        assertFalse(log.claim(reminder(k), T0.plusSeconds(60), 100));
        assertEquals(Status.SENT, entry(k).status());
        assertEquals(1, entry(k).attempts());
    }

    /**
     * Rule 1: a failed key is claimed again while it has had fewer attempts than the number given
     * to that claim, and then no more.
     */
    @Test
    void aFailedKeyIsClaimedAgainUntilItHasHadMaxAttempts() {
        ReminderKey k = key("27685");
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertTrue(log.claim(reminder(k), T0.plusSeconds(attempt), 3), "attempt " + attempt);
            assertEquals(attempt, entry(k).attempts());
            log.failed(k, T0.plusSeconds(attempt), "SMTP down, attempt " + attempt);
        }
        assertFalse(log.claim(reminder(k), T0.plusSeconds(10), 3), "failed 3 times of 3");
        assertFalse(log.claim(reminder(k), T0.plusSeconds(10), 1), "nor with fewer allowed");
        assertEquals(Status.FAILED, entry(k).status());
        assertEquals(3, entry(k).attempts());
        assertTrue(log.claim(reminder(k), T0.plusSeconds(11), 4), "4 allowed: one more attempt");
        assertEquals(4, entry(k).attempts());
    }

    /** Rule 1: of threads claiming one new key at once, exactly one succeeds. */
    @Test
    void concurrentClaimsOfOneKeyLetExactlyOneThrough() {
        for (int round = 0; round < ROUNDS; round++) {
            ReminderKey k = key(String.valueOf(27000 + round));
            ReminderLog[] logs = logsForThreads();
            List<Boolean> won = Concurrently.run(THREADS,
                    t -> () -> logs[t].claim(reminder(k), T0, 3));
            assertEquals(1, won.stream().filter(b -> b).count(), "round " + round + ": " + won);
            assertEquals(1, entry(k).attempts());
            assertEquals(Status.CLAIMED, entry(k).status());
        }
    }

    /** Rule 1: of threads claiming one failed key at once, exactly one succeeds. */
    @Test
    void concurrentClaimsOfAFailedKeyLetExactlyOneThrough() {
        for (int round = 0; round < ROUNDS; round++) {
            ReminderKey k = key(String.valueOf(28000 + round));
            assertTrue(log.claim(reminder(k), T0, 5));
            log.failed(k, T0, "timed out");
            ReminderLog[] logs = logsForThreads();
            List<Boolean> won = Concurrently.run(THREADS,
                    t -> () -> logs[t].claim(reminder(k), T0.plusSeconds(60), 5));
            assertEquals(1, won.stream().filter(b -> b).count(), "round " + round + ": " + won);
            assertEquals(2, entry(k).attempts(), "one more attempt, counted once");
            assertEquals(Status.CLAIMED, entry(k).status());
        }
    }

    /** Half the threads use the log, half a new object over its storage (two app instances). */
    private ReminderLog[] logsForThreads() {
        ReminderLog other = reopen(log);
        ReminderLog[] logs = new ReminderLog[THREADS];
        for (int t = 0; t < THREADS; t++) {
            logs[t] = t % 2 == 0 ? log : other;
        }
        return logs;
    }

    /** Rule 2: settling a key that is not claimed is refused and changes nothing. */
    @Test
    void settlingAKeyNotClaimedIsRefusedAndChangesNothing() {
        ReminderKey never = key("27685");
        assertThrows(IllegalStateException.class, () -> log.sent(never, T0));
        assertThrows(IllegalStateException.class, () -> log.failed(never, T0, "x"));
        assertEquals(Optional.empty(), log.entry(never), "nothing recorded");

        ReminderKey sent = key("27688");
        assertTrue(log.claim(reminder(sent), T0, 3));
        log.sent(sent, T0.plusSeconds(1));
        Entry afterSent = entry(sent);
        assertThrows(IllegalStateException.class, () -> log.sent(sent, T0.plusSeconds(2)));
        assertThrows(IllegalStateException.class, () -> log.failed(sent, T0.plusSeconds(2), "x"));
        assertEquals(afterSent, entry(sent), "a sent record stays as it was");

        ReminderKey failed = key("27691");
        assertTrue(log.claim(reminder(failed), T0, 3));
        log.failed(failed, T0.plusSeconds(1), "refused");
        Entry afterFailed = entry(failed);
        assertThrows(IllegalStateException.class, () -> log.failed(failed, T0.plusSeconds(2),
                "again"));
        assertThrows(IllegalStateException.class, () -> log.sent(failed, T0.plusSeconds(2)));
        assertEquals(afterFailed, entry(failed), "a failed record stays as it was");
    }

    /**
     * Rule 3: a claim never settled (the process stopped while sending) stays claimed, is never
     * claimed again, and is listed as claimed.
     */
    @Test
    void aClaimNeverSettledStaysClaimedAndIsNotClaimedAgain() {
        ReminderKey k = key("27685");
        assertTrue(log.claim(reminder(k), T0, 3));
        ReminderLog after = reopen(log);
        assertFalse(after.claim(reminder(k), T0.plusSeconds(3600), 3));
        assertFalse(after.claim(reminder(k), T0.plusSeconds(86_400), 100));
        List<Entry> day = after.entries(DAY);
        assertEquals(1, day.size());
        assertEquals(Status.CLAIMED, day.get(0).status());
        assertEquals(1, day.get(0).attempts());
    }

    /** Rule 4: the record keeps the attempts, the moments, the reason and the recipients. */
    @Test
    void theRecordSaysWhatHappened() {
        ReminderKey k = key("27688");
        Instant t1 = T0;
        Instant t2 = T0.plusSeconds(5);
        Instant t3 = T0.plusSeconds(600);
        Instant t4 = T0.plusSeconds(605);
        assertTrue(log.claim(reminder(k, "phuong2@example.vn", "chutich@example.vn"), t1, 3));
        assertEquals(new Entry(k, Status.CLAIMED, 1, t1, Optional.empty(), Optional.empty(),
                List.of("phuong2@example.vn", "chutich@example.vn")), entry(k));
        log.failed(k, t2, "SMTP 421: service not available");
        assertEquals(new Entry(k, Status.FAILED, 1, t1, Optional.empty(),
                Optional.of("SMTP 421: service not available"),
                List.of("phuong2@example.vn", "chutich@example.vn")), entry(k));
        assertTrue(log.claim(reminder(k, "phuong2.moi@example.vn"), t3, 3));
        assertEquals(new Entry(k, Status.CLAIMED, 2, t3, Optional.empty(), Optional.empty(),
                List.of("phuong2.moi@example.vn")), entry(k), "a new claim clears the reason");
        log.sent(k, t4);
        assertEquals(new Entry(k, Status.SENT, 2, t3, Optional.of(t4), Optional.empty(),
                List.of("phuong2.moi@example.vn")), entry(k));
        assertEquals(List.of(entry(k)), log.entries(DAY));
    }

    /** Rule 4: a reason longer than the limit is kept cut to it, never refused. */
    @Test
    void aLongReasonIsCutToTheLimit() {
        StringBuilder b = new StringBuilder();
        while (b.length() < ReminderLog.MAX_REASON_LENGTH + 500) {
            b.append("Máy chủ thư từ chối kết nối; ");
        }
        String longReason = b.toString();
        ReminderKey k = key("27685");
        assertTrue(log.claim(reminder(k), T0, 3));
        log.failed(k, T0, longReason);
        String kept = entry(k).lastError().orElseThrow();
        assertEquals(ReminderLog.MAX_REASON_LENGTH, kept.length());
        assertEquals(longReason.substring(0, ReminderLog.MAX_REASON_LENGTH), kept);

        String pairAcross = "x".repeat(ReminderLog.MAX_REASON_LENGTH - 1) + "\uD83D\uDCE7 more";
        ReminderKey k2 = key("27688");
        assertTrue(log.claim(reminder(k2), T0, 3));
        log.failed(k2, T0, pairAcross);
        assertEquals("x".repeat(ReminderLog.MAX_REASON_LENGTH - 1),
                entry(k2).lastError().orElseThrow(), "a surrogate pair is never split");

        String exact = "y".repeat(ReminderLog.MAX_REASON_LENGTH);
        ReminderKey k3 = key("27691");
        assertTrue(log.claim(reminder(k3), T0, 3));
        log.failed(k3, T0, exact);
        assertEquals(exact, entry(k3).lastError().orElseThrow(), "at the limit: kept whole");
    }

    /** Rule 4: times are kept cut to the microsecond. */
    @Test
    void timesAreCutToTheMicrosecond() {
        Instant claimed = Instant.parse("2020-08-15T08:00:00.123456789Z");
        Instant sent = Instant.parse("2020-08-15T08:00:01.987654321Z");
        ReminderKey k = key("27685");
        assertTrue(log.claim(reminder(k), claimed, 3));
        log.sent(k, sent);
        Entry e = reopen(log).entry(k).orElseThrow();
        assertEquals(claimed.truncatedTo(ChronoUnit.MICROS), e.lastAttemptAt());
        assertEquals(Optional.of(sent.truncatedTo(ChronoUnit.MICROS)), e.sentAt());
    }

    /** Rule 5: recipients up to the limit are kept; past it, the claim is refused. */
    @Test
    void recipientsPastTheLimitAreRefusedAndNothingIsRecorded() {
        List<String> many = new ArrayList<>();
        // 80 addresses of 99 characters and 79 separators: 7999 characters; one more in the first
        for (int i = 0; i < 80; i++) {
            String local = "u" + i + "-";
            many.add(local + "a".repeat(99 - local.length() - "@example.vn".length())
                    + "@example.vn");
        }
        many.set(0, "x" + many.get(0));
        assertEquals(ReminderLog.MAX_RECIPIENTS_LENGTH, ReminderLog.recipientsLength(many));
        ReminderKey fits = key("27685");
        assertTrue(log.claim(new Reminder(fits, many, "Nhắc", "", List.of()), T0, 3));
        assertEquals(many, reopen(log).entry(fits).orElseThrow().recipients(), "kept whole");

        List<String> tooMany = new ArrayList<>(many);
        tooMany.set(0, "x" + tooMany.get(0));
        ReminderKey over = key("27688");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> log.claim(new Reminder(over, tooMany, "Nhắc", "", List.of()), T0, 3));
        assertTrue(e.getMessage().contains(String.valueOf(ReminderLog.MAX_RECIPIENTS_LENGTH)),
                e.getMessage());
        assertEquals(Optional.empty(), log.entry(over), "nothing recorded");
        assertTrue(log.claim(reminder(over), T0, 3), "and the key is still free");
    }

    /** Rule 6: a day's entries are the records of that day, by unit code then kind. */
    @Test
    void entriesOfADayAreThatDaysByUnitCodeThenKind() {
        List<ReminderKey> keys = List.of(key("801", ReminderKind.LATE_LIST),
                key("80", ReminderKind.DIGEST), key("80", ReminderKind.LATE_LIST),
                key("27691"), key("794", ReminderKind.LATE_LIST), key("27685"),
                new ReminderKey("27688", DAY.plusDays(1), ReminderKind.BEFORE_CUT_OFF),
                new ReminderKey("27688", DAY.minusDays(1), ReminderKind.BEFORE_CUT_OFF));
        for (ReminderKey k : keys) {
            assertTrue(log.claim(reminder(k), T0, 3));
        }
        log.sent(key("27685"), T0.plusSeconds(1));
        log.failed(key("794", ReminderKind.LATE_LIST), T0.plusSeconds(1), "refused");
        List<String> listed = reopen(log).entries(DAY).stream()
                .map(e -> e.key().unitCode() + " " + e.key().kind() + " " + e.status()).toList();
        assertEquals(List.of("27685 BEFORE_CUT_OFF SENT", "27691 BEFORE_CUT_OFF CLAIMED",
                "794 LATE_LIST FAILED", "80 LATE_LIST CLAIMED", "80 DIGEST CLAIMED",
                "801 LATE_LIST CLAIMED"), listed,
                "codes as strings (27685 < 794 < 80 < 801), kinds as declared, other days left out");
        assertEquals(List.of(), log.entries(DAY.plusDays(2)));
        assertEquals(List.of("27688"), log.entries(DAY.plusDays(1)).stream()
                .map(e -> e.key().unitCode()).toList());
    }

    /** Rule 7: a new object over the same storage sees every record and keeps every rule. */
    @Test
    void aNewLogOverTheSameStorageKeepsEveryRecord() {
        ReminderKey sent = key("27685");
        ReminderKey failed = key("27688");
        ReminderKey claimed = key("27691");
        assertTrue(log.claim(reminder(sent), T0, 2));
        log.sent(sent, T0.plusSeconds(1));
        assertTrue(log.claim(reminder(failed), T0, 2));
        log.failed(failed, T0.plusSeconds(1), "timed out");
        assertTrue(log.claim(reminder(claimed), T0, 2));
        List<Entry> before = log.entries(DAY);

        ReminderLog after = reopen(log);
        assertEquals(before, after.entries(DAY));
        assertFalse(after.claim(reminder(sent), T0.plusSeconds(60), 2), "sent before the restart");
        assertFalse(after.claim(reminder(claimed), T0.plusSeconds(60), 2),
                "claimed before the restart");
        assertTrue(after.claim(reminder(failed), T0.plusSeconds(60), 2), "retried after it");
        after.failed(failed, T0.plusSeconds(61), "timed out again");
        assertFalse(reopen(after).claim(reminder(failed), T0.plusSeconds(120), 2),
                "two attempts of two, counted across the restart");
        after.sent(claimed, T0.plusSeconds(62));
        assertEquals(Status.SENT, reopen(after).entry(claimed).orElseThrow().status(),
                "a claim made before the restart is settled after it");
    }

    /** Misuse fails fast: nulls, and fewer than one attempt. */
    @Test
    void misuseFailsFast() {
        ReminderKey k = key("27685");
        assertThrows(NullPointerException.class, () -> log.claim(null, T0, 3));
        assertThrows(NullPointerException.class, () -> log.claim(reminder(k), null, 3));
        assertThrows(IllegalArgumentException.class, () -> log.claim(reminder(k), T0, 0));
        assertEquals(Optional.empty(), log.entry(k), "nothing recorded by a refused claim");
        assertThrows(NullPointerException.class, () -> log.entry(null));
        assertThrows(NullPointerException.class, () -> log.entries(null));
        assertTrue(log.claim(reminder(k), T0, 3));
        assertThrows(NullPointerException.class, () -> log.sent(k, null));
        assertThrows(NullPointerException.class, () -> log.failed(k, T0, null));
        assertEquals(Status.CLAIMED, entry(k).status(), "still claimed, unsettled");
    }
}
