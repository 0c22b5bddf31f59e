package io.github.uptake.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.uptake.remind.Delivery.Outcome;
import io.github.uptake.remind.Reminder;
import io.github.uptake.remind.ReminderChannel;
import io.github.uptake.remind.ReminderException;
import io.github.uptake.remind.ReminderKey;
import io.github.uptake.remind.ReminderKind;
import io.github.uptake.remind.ReminderLog;
import io.github.uptake.remind.Reminders;
import io.github.uptake.remind.SendResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reminders sent through the JDBC reminder log survive a restart: a storage opened anew on the
 * same database (H2 in a file, PostgreSQL) sends nothing twice, retries what failed until the
 * attempts allowed are spent, and leaves a reminder claimed by a run that stopped alone; two
 * instances of the app sending at once send each reminder once.
 */
class JdbcReminderLogRestartTest {
    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);
    private static final Instant T0 = Instant.parse("2020-08-15T08:05:00Z");

    /** The databases a restart is tried on: both keep their data across connections. */
    enum Database {
        H2_FILE(Databases::h2File), POSTGRESQL(Databases::postgres);

        private final Supplier<Databases.Fresh> fresh;

        Database(Supplier<Databases.Fresh> fresh) {
            this.fresh = fresh;
        }
    }

    private static List<Reminder> reminders(int n) {
        List<Reminder> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = String.valueOf(27685 + i);
            out.add(new Reminder(new ReminderKey(code, DAY, ReminderKind.BEFORE_CUT_OFF),
                    List.of(code + "@example.vn"), "Nhắc gửi số liệu ngày 15/8/2020",
                    "Kính gửi " + code, List.of()));
        }
        return out;
    }

    /** A mail server that is down for the first {@code failures} sends of each key. */
    private static final class FlakyChannel implements ReminderChannel {
        private final int failures;
        private final Map<ReminderKey, Integer> attempts = new HashMap<>();
        final List<ReminderKey> left = Collections.synchronizedList(new ArrayList<>());

        FlakyChannel(int failures) {
            this.failures = failures;
        }

        @Override
        public synchronized void send(Reminder reminder) throws ReminderException {
            int n = attempts.merge(reminder.key(), 1, Integer::sum);
            if (n <= failures) {
                throw new ReminderException("connection refused by 127.0.0.1:2525",
                        null);
            }
            left.add(reminder.key());
        }
    }

    private static List<Outcome> outcomes(SendResult r) {
        return r.deliveries().stream().map(d -> d.outcome()).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void aRestartSendsNothingTwice(Database database) {
        Databases.Fresh db = database.fresh.get();
        FlakyChannel channel = new FlakyChannel(0);
        List<Reminder> three = reminders(3);
        assertEquals(List.of(Outcome.SENT), outcomes(Reminders.send(three,
                db.open().reminderLog(), channel, T0, 3)));
        SendResult afterRestart = Reminders.send(three, db.open().reminderLog(), channel,
                T0.plusSeconds(600), 3);
        assertEquals(List.of(Outcome.ALREADY), outcomes(afterRestart));
        assertEquals(3, channel.left.size(), "each reminder left once");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void aDownServerIsRetriedAcrossRestartsUntilItSendsThenNeverAgain(Database database) {
        Databases.Fresh db = database.fresh.get();
        FlakyChannel channel = new FlakyChannel(2);
        List<Reminder> two = reminders(2);
        assertEquals(List.of(Outcome.FAILED),
                outcomes(Reminders.send(two, db.open().reminderLog(), channel, T0, 3)));
        ReminderLog log = db.open().reminderLog();
        ReminderLog.Entry failed = log.entry(two.get(0).key()).orElseThrow();
        assertEquals(ReminderLog.Status.FAILED, failed.status());
        assertTrue(failed.lastError().orElseThrow().contains("connection refused"),
                failed.toString());
        assertEquals(List.of(Outcome.FAILED), outcomes(Reminders.send(two,
                db.open().reminderLog(), channel, T0.plusSeconds(300), 3)));
        SendResult third = Reminders.send(two, db.open().reminderLog(), channel,
                T0.plusSeconds(600), 3);
        assertEquals(List.of(Outcome.SENT), outcomes(third));
        assertEquals(3, third.deliveries().get(0).attempts());
        assertEquals(List.of(Outcome.ALREADY), outcomes(Reminders.send(two,
                db.open().reminderLog(), channel, T0.plusSeconds(900), 3)));
        assertEquals(2, channel.left.size());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void aServerDownForGoodIsGivenUpAndStillReported(Database database) {
        Databases.Fresh db = database.fresh.get();
        FlakyChannel channel = new FlakyChannel(Integer.MAX_VALUE);
        List<Reminder> one = reminders(1);
        assertEquals(List.of(Outcome.FAILED),
                outcomes(Reminders.send(one, db.open().reminderLog(), channel, T0, 2)));
        assertEquals(List.of(Outcome.GAVE_UP), outcomes(Reminders.send(one,
                db.open().reminderLog(), channel, T0.plusSeconds(60), 2)));
        SendResult later = Reminders.send(one, db.open().reminderLog(), channel,
                T0.plusSeconds(120), 2);
        assertEquals(List.of(Outcome.GAVE_UP), outcomes(later));
        assertTrue(later.deliveries().get(0).reason().orElseThrow()
                .contains("connection refused"), later.toString());
        assertEquals(List.of(), channel.left);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void aReminderClaimedByARunThatStoppedIsNotSentAfterTheRestart(Database database) {
        Databases.Fresh db = database.fresh.get();
        List<Reminder> three = reminders(3);
        assertTrue(db.open().reminderLog().claim(three.get(1), T0, 3), "claimed, then a crash");
        FlakyChannel channel = new FlakyChannel(0);
        SendResult r = Reminders.send(three, db.open().reminderLog(), channel,
                T0.plusSeconds(60), 3);
        assertEquals(List.of(Outcome.SENT, Outcome.ALREADY, Outcome.SENT),
                r.deliveries().stream().map(d -> d.outcome()).toList());
        assertEquals(List.of(three.get(0).key(), three.get(2).key()), channel.left);
        assertEquals(ReminderLog.Status.CLAIMED, db.open().reminderLog().entries(DAY).get(1)
                .status(), "listed as claimed, for a person to check");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Database.class)
    void twoInstancesSendingAtOnceSendEachReminderOnce(Database database) throws Exception {
        Databases.Fresh db = database.fresh.get();
        List<Reminder> many = reminders(30);
        FlakyChannel channel = new FlakyChannel(0);
        int instances = 4;
        List<ReminderLog> logs = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            logs.add(db.open().reminderLog());
        }
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<SendResult>> runs = new ArrayList<>();
            for (ReminderLog log : logs) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return Reminders.send(many, log, channel, T0, 3);
                }));
            }
            start.countDown();
            long sent = 0;
            for (Future<SendResult> f : runs) {
                SendResult r = f.get(120, TimeUnit.SECONDS);
                sent += r.count(Outcome.SENT);
                assertEquals(many.size(), r.count(Outcome.SENT) + r.count(Outcome.ALREADY));
            }
            assertEquals(many.size(), sent);
            assertEquals(many.size(), channel.left.size());
            assertEquals(many.size(), channel.left.stream().distinct().count());
        } finally {
            pool.shutdownNow();
        }
    }
}
