package io.github.uptake.remind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.memory.InMemoryReminderLog;
import io.github.uptake.remind.Delivery.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RemindersTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant T0 = Instant.parse("2020-08-15T08:05:00Z");

    private static Reminder reminder(String code, ReminderKind kind) {
        return new Reminder(new ReminderKey(code, DAY, kind), List.of(code + "@example.vn"),
                "Nhắc gửi số liệu ngày 15/8/2020", "Kính gửi " + code, List.of());
    }

    private static final List<Reminder> THREE = List.of(
            reminder("27685", ReminderKind.BEFORE_CUT_OFF),
            reminder("27688", ReminderKind.BEFORE_CUT_OFF),
            reminder("27691", ReminderKind.BEFORE_CUT_OFF));

    /**
     * A channel that fails the first {@code failures} sends of each key, then sends; it records
     * every attempt and every reminder that left.
     */
    private static final class FlakyChannel implements ReminderChannel {
        private final int failures;
        private final boolean unchecked;
        private final Map<ReminderKey, Integer> attempts = new HashMap<>();
        final List<ReminderKey> left = Collections.synchronizedList(new ArrayList<>());

        FlakyChannel(int failures, boolean unchecked) {
            this.failures = failures;
            this.unchecked = unchecked;
        }

        @Override
        public synchronized void send(Reminder reminder) throws ReminderException {
            int n = attempts.merge(reminder.key(), 1, Integer::sum);
            if (n <= failures) {
                if (unchecked) {
                    throw new IllegalStateException("connection reset, attempt " + n);
                }
                throw new ReminderException("SMTP 421 service not available, attempt " + n,
                        new java.io.IOException("connection refused"));
            }
            left.add(reminder.key());
        }

        synchronized int attemptsOf(ReminderKey key) {
            return attempts.getOrDefault(key, 0);
        }
    }

    private static List<Outcome> outcomes(SendResult r) {
        return r.deliveries().stream().map(Delivery::outcome).toList();
    }

    @Test
    void aChannelThatFailsTwiceIsRetriedByLaterRunsUntilItSendsThenNeverAgain() {
        ReminderLog log = new InMemoryReminderLog();
        FlakyChannel channel = new FlakyChannel(2, false);
        Reminder r = THREE.get(0);
        SendResult first = Reminders.send(List.of(r), log, channel, T0, 3);
        assertEquals(List.of(Outcome.FAILED), outcomes(first));
        Delivery failed = first.deliveries().get(0);
        assertEquals(1, failed.attempts());
        assertEquals(Optional.of("SMTP 421 service not available, attempt 1"
                + " (java.io.IOException: connection refused)"), failed.reason());
        assertEquals(failed.reason(), log.entry(r.key()).orElseThrow().lastError(),
                "the failure is recorded with its reason");
        assertEquals(List.of(Outcome.FAILED),
                outcomes(Reminders.send(List.of(r), log, channel, T0.plusSeconds(300), 3)));
        SendResult third = Reminders.send(List.of(r), log, channel, T0.plusSeconds(600), 3);
        assertEquals(List.of(Outcome.SENT), outcomes(third));
        assertEquals(3, third.deliveries().get(0).attempts());
        assertEquals(List.of(Outcome.ALREADY),
                outcomes(Reminders.send(List.of(r), log, channel, T0.plusSeconds(900), 3)));
        assertEquals(List.of(r.key()), channel.left, "one reminder left, once");
        assertEquals(3, channel.attemptsOf(r.key()));
        ReminderLog.Entry e = log.entry(r.key()).orElseThrow();
        assertEquals(ReminderLog.Status.SENT, e.status());
        assertEquals(Optional.of(T0.plusSeconds(600)), e.sentAt());
    }

    @Test
    void aChannelThatKeepsFailingIsGivenUpAfterMaxAttemptsAndNeverTriedAgain() {
        ReminderLog log = new InMemoryReminderLog();
        FlakyChannel channel = new FlakyChannel(Integer.MAX_VALUE, false);
        Reminder r = THREE.get(0);
        assertEquals(List.of(Outcome.FAILED),
                outcomes(Reminders.send(List.of(r), log, channel, T0, 2)));
        SendResult second = Reminders.send(List.of(r), log, channel, T0.plusSeconds(60), 2);
        assertEquals(List.of(Outcome.GAVE_UP), outcomes(second));
        assertEquals(2, second.deliveries().get(0).attempts());
        SendResult third = Reminders.send(List.of(r), log, channel, T0.plusSeconds(120), 2);
        assertEquals(List.of(Outcome.GAVE_UP), outcomes(third),
                "still reported, with the last reason, never silently dropped");
        assertTrue(third.deliveries().get(0).reason().orElseThrow().contains("attempt 2"),
                third.toString());
        assertEquals(2, channel.attemptsOf(r.key()), "not tried a third time");
        assertEquals(List.of(), channel.left);
        assertTrue(!third.allDelivered());
    }

    @Test
    void anUncheckedExceptionOfTheChannelIsCaughtAndRecordedAsAFailure() {
        ReminderLog log = new InMemoryReminderLog();
        FlakyChannel channel = new FlakyChannel(1, true);
        SendResult first = Reminders.send(THREE, log, channel, T0, 5);
        assertEquals(List.of(Outcome.FAILED, Outcome.FAILED, Outcome.FAILED), outcomes(first),
                "one bad send does not stop the others");
        assertEquals(Optional.of("the channel failed: java.lang.IllegalStateException:"
                + " connection reset, attempt 1"), first.deliveries().get(2).reason());
        assertEquals(ReminderLog.Status.FAILED,
                log.entry(THREE.get(2).key()).orElseThrow().status());
        SendResult second = Reminders.send(THREE, log, channel, T0.plusSeconds(60), 5);
        assertEquals(3, second.count(Outcome.SENT));
        assertTrue(second.allDelivered());
    }

    @Test
    void twoRunsSendNothingTwice() {
        ReminderLog log = new InMemoryReminderLog();
        FlakyChannel channel = new FlakyChannel(0, false);
        SendResult first = Reminders.send(THREE, log, channel, T0, 3);
        assertEquals(List.of(Outcome.SENT, Outcome.SENT, Outcome.SENT), outcomes(first));
        SendResult second = Reminders.send(THREE, log, channel, T0.plusSeconds(300), 3);
        assertEquals(List.of(Outcome.ALREADY, Outcome.ALREADY, Outcome.ALREADY),
                outcomes(second));
        assertEquals(3, channel.left.size());
        assertEquals(3, second.withOutcome(Outcome.ALREADY).size());
    }

    @Test
    void theSameKeyTwiceInOneListIsSentOnce() {
        ReminderLog log = new InMemoryReminderLog();
        FlakyChannel channel = new FlakyChannel(0, false);
        Reminder again = new Reminder(THREE.get(0).key(), List.of("other@example.vn"),
                "another text", "", List.of());
        assertEquals(List.of(Outcome.SENT, Outcome.ALREADY),
                outcomes(Reminders.send(List.of(THREE.get(0), again), log, channel, T0, 3)));
        assertEquals(1, channel.left.size());
    }

    @Test
    void aReminderClaimedByARunThatStoppedIsNotSentAgain() {
        ReminderLog log = new InMemoryReminderLog();
        assertTrue(log.claim(THREE.get(0), T0, 3), "a run claimed it, then the process stopped");
        FlakyChannel channel = new FlakyChannel(0, false);
        SendResult r = Reminders.send(THREE, log, channel, T0.plusSeconds(60), 3);
        assertEquals(List.of(Outcome.ALREADY, Outcome.SENT, Outcome.SENT), outcomes(r));
        assertEquals(List.of(THREE.get(1).key(), THREE.get(2).key()), channel.left);
        assertEquals(ReminderLog.Status.CLAIMED, log.entries(DAY).get(0).status(),
                "left for a person to check");
    }

    @Test
    void aLogThatFailsAfterTheSendIsThrownAndTheReminderStaysClaimedNeverSentTwice() {
        InMemoryReminderLog memory = new InMemoryReminderLog();
        ReminderLog broken = new ReminderLog() {
            @Override
            public boolean claim(Reminder reminder, Instant at, int maxAttempts) {
                return memory.claim(reminder, at, maxAttempts);
            }

            @Override
            public void sent(ReminderKey key, Instant at) {
                throw new IllegalStateException("database went away");
            }

            @Override
            public void failed(ReminderKey key, Instant at, String reason) {
                memory.failed(key, at, reason);
            }

            @Override
            public Optional<Entry> entry(ReminderKey key) {
                return memory.entry(key);
            }

            @Override
            public List<Entry> entries(LocalDate day) {
                return memory.entries(day);
            }
        };
        FlakyChannel channel = new FlakyChannel(0, false);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Reminders.send(THREE, broken, channel, T0, 3));
        assertEquals("database went away", e.getMessage());
        assertEquals(ReminderLog.Status.CLAIMED,
                memory.entry(THREE.get(0).key()).orElseThrow().status(),
                "not recorded as failed: it left");
        assertEquals(List.of(Outcome.ALREADY, Outcome.SENT, Outcome.SENT),
                outcomes(Reminders.send(THREE, memory, channel, T0.plusSeconds(60), 3)));
        assertEquals(3, channel.left.size(), "the first one left once only");
    }

    @Test
    void concurrentRunsOverOneLogSendEachReminderOnce() throws Exception {
        List<Reminder> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(reminder(String.valueOf(27000 + i), ReminderKind.BEFORE_CUT_OFF));
        }
        ReminderLog log = new InMemoryReminderLog();
        FlakyChannel channel = new FlakyChannel(0, false);
        int runs = 6;
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<SendResult>> futures = new ArrayList<>();
            for (int t = 0; t < runs; t++) {
                Callable<SendResult> run = () -> {
                    start.await();
                    return Reminders.send(many, log, channel, T0, 3);
                };
                futures.add(pool.submit(run));
            }
            start.countDown();
            long sent = 0;
            for (Future<SendResult> f : futures) {
                SendResult r = f.get(60, TimeUnit.SECONDS);
                sent += r.count(Outcome.SENT);
                assertEquals(many.size(), r.count(Outcome.SENT) + r.count(Outcome.ALREADY));
            }
            assertEquals(many.size(), sent, "each reminder sent by exactly one run");
            assertEquals(many.size(), channel.left.size());
            assertEquals(many.size(), channel.left.stream().distinct().count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void misuseFailsFast() {
        ReminderLog log = new InMemoryReminderLog();
        FlakyChannel channel = new FlakyChannel(0, false);
        assertThrows(IllegalArgumentException.class,
                () -> Reminders.send(THREE, log, channel, T0, 0));
        assertThrows(NullPointerException.class,
                () -> Reminders.send(THREE, null, channel, T0, 3));
        List<Reminder> withNull = new ArrayList<>(THREE);
        withNull.add(null);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Reminders.send(withNull, log, channel, T0, 3));
        assertTrue(e.getMessage().contains("reminders[3]"), e.getMessage());
        assertEquals(List.of(), channel.left, "nothing sent before the list was refused");
        assertEquals(List.of(), log.entries(DAY));
    }
}
