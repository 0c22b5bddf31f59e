package io.github.uptake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.uptake.app.config.AppConfig;
import io.github.uptake.app.config.AppConfigFile;
import io.github.uptake.remind.ReminderChannel;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve}'s reminders: the job run again and again, by two servers on one database at
 * once, sends each reminder once; a run that fails does not stop the next; closing stops the
 * runs.
 */
class ReminderServiceTest {
    @TempDir
    static Path shared;
    private static Path template;
    private static int next;
    @TempDir
    Path dir;
    private Path db;
    private AppConfig config;
    private GreenMail smtp;

    @BeforeAll
    static void demo() {
        template = Databases.make(shared, "demo", "demo");
    }

    @BeforeEach
    void prepare() throws Exception {
        db = Databases.copy(template, dir, "serve-" + next++);
        Path contacts = DemoReminders.contacts(dir, db);
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        config = AppConfigFile.read(DemoReminders.config(dir, port,
                contacts.getFileName().toString())).value().config();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private AppStorage open() {
        return AppStorage.open(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(db));
    }

    private ReminderJob job(AppStorage s) throws Exception {
        return ReminderJob.open(s, config, true, new PrintStream(new ByteArrayOutputStream()))
                .orElseThrow();
    }

    @Test
    void twoServersOnOneDatabaseRunningEveryFewMillisecondsSendEachReminderOnce()
            throws Exception {
        Clock at15h = Clock.fixed(DemoReminders.at("15:00"), DemoReminders.ZONE);
        Set<String> expected = DemoReminders.addressesOf(DemoReminders.notReportedBy(db,
                DemoReminders.at("15:00")).keySet());
        AtomicInteger runs = new AtomicInteger();
        try (AppStorage one = open(); AppStorage two = open()) {
            ReminderChannel mail = ReminderMail.channel(config.reminders(), name -> null);
            ReminderChannel counted = r -> {
                runs.incrementAndGet();
                mail.send(r);
            };
            ReminderService a = ReminderService.start(job(one), counted, at15h,
                    Duration.ofMillis(20), Duration.ofMinutes(5));
            ReminderService b = ReminderService.start(job(two), counted, at15h,
                    Duration.ofMillis(20), Duration.ofMinutes(5));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (smtp.getReceivedMessages().length < expected.size()
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(500); // many more runs of both
            a.close();
            b.close();
        }
        MimeMessage[] got = smtp.getReceivedMessages();
        Map<String, List<MimeMessage>> by = RemindCommandTest.byRecipient(got);
        assertEquals(expected, by.keySet());
        by.forEach((to, m) -> assertEquals(1, m.size(), "once to " + to));
        assertEquals(expected.size(), runs.get(), "the channel was asked once per reminder");
        Thread.sleep(100);
        assertEquals(got.length, smtp.getReceivedMessages().length, "closed: no more runs");
    }

    @Test
    void aFailedReminderWaitsTheRetryDelayThenGoesOnALaterRun() throws Exception {
        AtomicReference<Instant> now = new AtomicReference<>(DemoReminders.at("15:00"));
        Clock moving = new Clock() {
            @Override
            public ZoneId getZone() {
                return DemoReminders.ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        Set<String> expected = DemoReminders.addressesOf(DemoReminders.notReportedBy(db,
                DemoReminders.at("15:00")).keySet());
        AtomicInteger calls = new AtomicInteger();
        try (AppStorage s = open()) {
            ReminderChannel mail = ReminderMail.channel(config.reminders(), name -> null);
            ReminderChannel flaky = r -> {
                if (calls.getAndIncrement() == 0) {
                    throw new IllegalStateException("a fault of the first send");
                }
                mail.send(r);
            };
            ReminderService service = ReminderService.start(job(s), flaky, moving,
                    Duration.ofMillis(20), Duration.ofMinutes(5));
            try {
                waitFor(expected.size() - 1);
                Thread.sleep(300); // many runs at 15:00: the failed one waits
                assertEquals(expected.size() - 1, smtp.getReceivedMessages().length);
                assertEquals(expected.size(), calls.get(), "tried once, not again yet");

                now.set(DemoReminders.at("15:06"));
                waitFor(expected.size());
            } finally {
                service.close();
            }
        }
        assertEquals(expected, RemindCommandTest.byRecipient(smtp.getReceivedMessages())
                .keySet(), "the reminder whose send failed went on a later run");
        assertEquals(expected.size() + 1, calls.get());
    }

    private void waitFor(int messages) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (smtp.getReceivedMessages().length < messages && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void aRunWhoseDatabaseIsGoneThrowsNothingToTheTimer() throws Exception {
        Clock at15h = Clock.fixed(DemoReminders.at("15:00"), DemoReminders.ZONE);
        AppStorage s = open();
        ReminderJob job = job(s);
        s.close();
        ReminderService service = ReminderService.start(job, r -> {
            throw new AssertionError("nothing can be planned");
        }, at15h, Duration.ofHours(1), Duration.ofMinutes(5));
        try {
            service.runOnce(); // logged at error, not thrown
        } finally {
            service.close();
        }
        assertEquals(0, smtp.getReceivedMessages().length);
    }
}
